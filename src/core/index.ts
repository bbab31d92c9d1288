/**
 * Heritage routes core
 * ====================
 * The one public entry point of the pure core. The web app, the Web Worker and the command line
 * import from here and nowhere else under `src/core`.
 */

/** Branded ids and the slug rule they follow. */
export { ID_PATTERN, type PlaceId, type LinkId, type ProjectId, type SourceId, type CommitmentId } from './model/ids.ts'
/** Bilingual text, confidence levels, partial dates. */
export {
  toLocalizedText,
  firstDayOf,
  PARTIAL_DATE_PATTERN,
  isRealPartialDate,
  formatPartialDate,
  monthsBetween,
  formatMinutes,
  noteText,
  type Note,
  type Language,
  LANGUAGES,
  isLanguage,
  vietnamToday,
  type LocalizedText,
  type Confidence,
} from './model/common.ts'
/** Place kinds, default visit durations, opening hours and festivals. */
export {
  PLACE_KINDS,
  DEFAULT_VISIT_MINUTES,
  WEEKDAYS,
  type PlaceKind,
  type OpeningHours,
  type Festival,
  type Weekday,
} from './model/place.ts'
/** Link modes, road classes and their speed ranges, travel profiles. */
export {
  LINK_MODES,
  LINK_MODE_NAMES,
  ROAD_CLASS_SPEEDS_KMH,
  TRAVEL_PROFILES,
  type LinkMode,
  type RoadClass,
} from './model/link.ts'
/** Project statuses and dated claims (promised, expected, opened). */
export { PROJECT_STATUSES, type ProjectStatus, type DatedClaim } from './model/project.ts'
export type { Source } from './model/source.ts'
/** The validated dataset and its records. */
export {
  SUPPORTED_VERSIONS,
  linkMinutes,
  type Dataset,
  type Place,
  type Link,
  type Project,
  type Region,
} from './dataset/dataset.ts'
/** Parsing and validation: `parseDataset(textOrValue)` never throws for bad input. */
export { parseDataset, type ParseOptions, type ParseResult } from './dataset/parse-dataset.ts'
export { datasetFromParts, type ValidatedParts } from './dataset/dataset.ts'
export { DEFAULT_JSON_LIMITS, parseJsonText, scanJsonValue, type JsonLimits } from './dataset/safe-json.ts'
export {
  ISSUE_CODES,
  MAX_REPORTED_ISSUES,
  formatIssue,
  type DatasetIssue,
  type IssueCode,
  type IssueSeverity,
} from './dataset/dataset-issue.ts'
/** Great-circle distance in km. */
export { haversineKm } from './geo/distance.ts'
/** The whole dataset format as a JSON Schema document (what `data/schema.json` holds). */
export { datasetJsonSchema } from './dataset/dataset-schema.ts'
/** GeoJSON of places and links for maps, and how each link is drawn. */
export {
  placeFeatures,
  linkFeatures,
  linkDrawStatus,
  datasetBounds,
  type LinkDrawStatus,
  type PlaceFeatureProps,
  type LinkFeatureProps,
} from './map/network-features.ts'
/** A large network drawn from afar: links merged by map rank, project links and named places apart. */
export {
  networkOverview,
  chainPieces,
  overviewPlaces,
  linkMapRank,
  MAP_RANKS,
  type MapRank,
  type NetworkOverview,
  type OverviewPlace,
  type OverviewProjectLink,
  type OverviewProps,
} from './map/network-overview.ts'
/** A route or a trip as a map draws it: lines by day, lettered and numbered markers, the frame. */
export { routeMapPlan, tripMapPlan, type MapPlan, type PlanMarker, type PlanMarkerRole } from './map/plan-features.ts'
/** Errors the engine throws for bad input (never for "no route"). */
export { CoreError, UnknownPlaceError, UnknownProjectError, type CoreErrorCode } from './errors.ts'
/** Diacritic-insensitive folding and id suggestions. */
export { foldText, suggestIds } from './model/suggest-ids.ts'
/** Scenarios: presets, dates on the expected or promised basis, with/without project lists. */
export {
  resolveScenario,
  projectOpeningDay,
  checkDay,
  SCENARIO_PRESETS,
  type Scenario,
  type ScenarioRequest,
  type ScenarioPreset,
  type DateBasis,
} from './scenario/scenario.ts'
/** The compiled network of one scenario and profile. */
export {
  buildScenarioNetwork,
  openLinkAt,
  openLinks,
  resolveRoutingOptions,
  type ScenarioNetwork,
  type RoutingOptions,
  type ResolvedRoutingOptions,
  type OpenLink,
  type Optimize,
} from './routing/scenario-network.ts'
export { PROFILE_RULES, type ProfileRules, type TravelProfile } from './routing/travel-profile.ts'
/** Routes: fastest or shortest, with legs, waits, projects used; "no route" with its reason. */
export { findRoute, suggestPlaces, describeProjectTiming } from './routing/find-route.ts'
export type { RouteResult, FoundRoute, NoRoute, NoRouteCause, RouteLeg, ProjectUse } from './routing/route.ts'
/** Fares, walks saved, service hours: what a traveller wants to know about a link. */
export { linkTravelFacts, type LinkTravelFacts } from './routing/link-facts.ts'
/** Labelled alternative routes that differ meaningfully from the best one. */
export {
  findAlternatives,
  MAX_SHARED_SHARE,
  differenceOf,
  type AlternativeRoute,
  type AlternativeDifference,
  type AlternativeKind,
} from './routing/alternatives.ts'
/** Alternatives and arrival times in words, in either language. */
export { describeAlternative, arrivalTiming, type ArrivalTiming, type OpenAtArrival } from './routing/describe-route.ts'
/** Minutes and km between every pair of a list of places. */
export { travelMatrix, MAX_MATRIX_PLACES, type TravelMatrix } from './routing/travel-matrix.ts'
/** A large matrix's rows as a task over typed arrays, for a host to spread over threads. */
export {
  RowSearcher,
  matrixRowsResult,
  rowsHere,
  setMatrixRowsRunner,
  type MatrixRowsResult,
  type MatrixRowsRunner,
  type MatrixTask,
} from './routing/matrix-rows.ts'
export type { Progress, ProgressStage } from './progress.ts'
/** Places reachable within a time budget. */
export { reachWithin, type Reachable } from './routing/reach.ts'
/** The Vietnamese lunar calendar and festival dates. */
export { toLunar, fromLunar, type LunarDay } from './calendar/lunar-calendar.ts'
export {
  nextOccurrence,
  nextFestivals,
  festivalsOn,
  occurrenceIn,
  type FestivalOccurrence,
} from './calendar/festival-dates.ts'
/** Itineraries: multi-site, multi-day plans within opening hours, day windows and travel limits. */
export { planItinerary } from './itinerary/plan-itinerary.ts'
export type {
  Itinerary,
  ItineraryRequest,
  ItineraryDay,
  ItineraryStop,
  ItineraryLeg,
  DroppedPlace,
  DropCause,
  ItineraryNote,
} from './itinerary/itinerary.ts'
export { heritageValue, HERITAGE_WEIGHTS } from './itinerary/heritage-value.ts'
/** Sentences for drop causes and trip notes, in Vietnamese or English (CLI, roadbook and page share them). */
export { describeDrop, describeNote, WEEKDAY_NAMES } from './itinerary/describe-note.ts'
export {
  DEFAULT_WINDOW,
  DEFAULT_MAX_TRAVEL_MINUTES,
  DEFAULT_LUNCH,
  VISIT_MINUTES_RANGE,
  MAX_DAYS,
} from './itinerary/check-request.ts'
/** A trip's settings as text, the same in the command line and the app's address. */
export {
  readDayWindow,
  writeDayWindow,
  readLunch,
  writeLunch,
  readLock,
  writeLock,
  readVisitMinutes,
  writeVisitMinutes,
  readNights,
  writeNights,
  type Lunch,
  type Lock,
} from './itinerary/request-text.ts'
/** Curated tours and suggestions. */
export { parseTours, suggestTours, tourSchema, type Tour, type TourSuggestion } from './itinerary/tours.ts'
/** Before and after: what "faster" and "slower" mean, counted both ways. */
export {
  CHANGE_THRESHOLD_MINUTES,
  DAY_REACH_MINUTES,
  CHANGE_KINDS,
  classifyChange,
  reverseChange,
  summarizeChanges,
  isUnchanged,
  type ChangeKind,
  type ChangeSummary,
  type TripTimes,
} from './compare/change.ts'
/** Pairs of places in two scenarios. */
export {
  comparePairs,
  anyPairChanges,
  compareScenarios,
  changedLinks,
  defaultComparePlaces,
  datasetGateways,
  byChangeSize,
  type PairChange,
  type PairsComparison,
} from './compare/compare-pairs.ts'
/** The whole comparison in one call (CLI, worker and reports share it). */
export {
  buildComparison,
  MAX_COMPARE_PLACES,
  COMPARISON_PARTS,
  CRITICAL_ALL_UP_TO_PLACES,
  CRITICAL_LISTED_LARGE,
  criticalListed,
  type Comparison,
  type ComparisonRequest,
  type ComparisonPart,
} from './compare/comparison.ts'
export { forgetKeptNetworks } from './compare/kept-networks.ts'
/** What each project adds and what the network loses without it, with the reason when nothing changes. */
export {
  projectImpacts,
  partnersNeeded,
  singleProjectImpact,
  projectLinks,
  type ProjectImpact,
  type SingleProjectImpact,
  type ImpactPair,
  type NoEffectReason,
} from './compare/project-impact.ts'
export type { ForcedRoute } from './compare/forced-route.ts'
/** Links whose closure costs the most. */
export { criticalLinks, linksOnBestRoutes, type CriticalLink } from './compare/critical-links.ts'
export { closeLinks } from './routing/close-links.ts'
/** Links and places on a map of change. */
export {
  linkChanges,
  placeChangesFrom,
  LINK_CHANGE_STATUSES,
  type LinkChange,
  type LinkChangeStatus,
  type PlaceChange,
} from './compare/network-changes.ts'
export { reachScores, DEFAULT_THRESHOLDS, type ReachRow } from './compare/reach-scores.ts'
/** Timelines on promised, expected and delayed dates; what lateness costs. */
export {
  travelTimeline,
  lateCost,
  lateProjects,
  delayImpact,
  TIMELINE_FIRST_YEAR,
  TIMELINE_LAST_YEAR,
  TIMELINE_STEP_MONTHS,
  type Timeline,
  type TimelinePoint,
  type TimelineOptions,
  type LateCost,
  type LatePeriod,
  type DelayImpact,
} from './compare/timeline.ts'
/** Reports: markdown in either language, CSV of the pairs, and the sentences they share. */
export { comparisonMarkdown, pairsCsv } from './compare/report-markdown.ts'
export { describeScenario, describeNoEffect, joinList } from './compare/report-text.ts'
export { linkName, linkOf, placeName, placeOf, projectName, projectOf, sourceOf } from './dataset/lookup.ts'
/** Safe text for files and terminals: CSV and markdown cells, control characters removed. */
export { csvCell, csvLine, markdownCell, safeText, UNSAFE_CHARACTERS } from './export/text-cells.ts'
/** What-ifs: assumed opening dates for undated projects, and delays. */
export {
  applyWhatIf,
  checkWhatIf,
  delayProject,
  MAX_DELAY_MONTHS,
  type WhatIf,
  type AppliedWhatIf,
} from './scenario/what-if.ts'
export { dayTrips, type DayTripChange } from './compare/day-trips.ts'
/** Trip exports: GPX 1.1, iCalendar, GeoJSON, CSV and a markdown roadbook, from one list of events. */
export {
  tripEvents,
  tripEnd,
  legPath,
  localToUtc,
  localWithOffset,
  TRIP_TIME_ZONE,
  TRIP_UTC_OFFSET,
  type TripEvent,
} from './export/trip-events.ts'
export { defaultTripTitle, fingerprint, type TripExportOptions } from './export/trip-export-options.ts'
export { tripGpx, xmlText } from './export/trip-gpx.ts'
export { tripIcs, icsText, foldLine } from './export/trip-ics.ts'
export { tripGeoJson, type TripStopProperties, type TripLegProperties } from './export/trip-geojson.ts'
export { tripCsv, CSV_BOM } from './export/trip-csv.ts'
export { tripMarkdown, formatDay } from './export/trip-markdown.ts'
export { visitFacts, type VisitFacts } from './export/visit-facts.ts'
export { canonicalJson } from './export/canonical-json.ts'
/** Saved tours: the record format, migrations, plan snapshots and changes, the tours file. */
export {
  SAVED_TOUR_SCHEMA_VERSION,
  TOUR_MIGRATIONS,
  MAX_TOUR_NAME,
  MAX_TOUR_NOTE,
  MAX_STOP_NOTE,
  savedTourSchema,
  storedTour,
  readStoredTour,
  snapshotPlan,
  planChanges,
  requestOf,
  type SavedTour,
  type SavedRequest,
  type PlanSnapshot,
  type PlanChange,
  type StoredTour,
  type ReadTour,
  type TourMigration,
} from './saved/saved-tour.ts'
export {
  TOURS_FILE_FORMAT,
  MAX_TOURS_IN_FILE,
  toursFileText,
  parseToursFile,
  planImport,
  type ToursFile,
  type ToursFileProblem,
} from './saved/tours-file.ts'

// Importing real road data (OpenStreetMap XML, GeoJSON lines) with an overlay of our records.
export type { RawNetwork, RawPoint, RawWay } from './import/raw-ways.ts'
export { readOsmXml } from './import/osm-xml.ts'
export { readGeoJsonLines } from './import/geojson-lines.ts'
export {
  HIGHWAY_KINDS,
  FERRY_KIND,
  RAIL_KIND,
  SPEED_KINDS,
  readSpeedTable,
  wayKind,
  wayKindWith,
  type SpeedTable,
  type WayKind,
} from './import/road-classes.ts'
export {
  buildImportedNetwork,
  type DatasetDocument,
  type ImportOptions,
  type ImportReport,
} from './import/build-network.ts'
export { LEFT_OUT } from './import/contract-ways.ts'
export { applyOverlay, SNAP_WARNING_KM, type Snap } from './import/overlay.ts'
export { overlayFromDataset, type DatasetOverlay, type OverlayLeftOut } from './import/overlay-from-dataset.ts'
export { readOsmPbf, looksLikeOsmPbf } from './import/osm-pbf.ts'
export {
  IMPORT_PROBLEMS,
  ImportRefusal,
  RECORD_PROBLEMS,
  recordWording,
  type ImportProblem,
  type ImportProblemKey,
  type RecordProblem,
  type RecordProblemKey,
} from './import/import-problems.ts'
export {
  importNetwork,
  importFormatOf,
  ImportFileError,
  IMPORT_FORMATS,
  isBinaryImportFormat,
  type ImportFormat,
  type ImportInput,
  type ImportOutcome,
} from './import/import-network.ts'
