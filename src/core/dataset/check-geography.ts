/**
 * Geography checks
 * ================
 * Warnings for doubtful geography: places outside the declared region, swapped coordinates, links
 * shorter than the straight line, road speeds outside their class, places cut off from the network.
 */
import { makeIssue, type DatasetIssue, type IssueSink } from './dataset-issue.ts'
import { haversineKm } from '../geo/distance.ts'
import { connectedPartsOf } from '../geo/connected-parts.ts'
import { MODE_SPEEDS_KMH, ROAD_CLASS_SPEEDS_KMH } from '../model/link.ts'
import type { Region } from './dataset.ts'
import type { RecordPositions, ValidRecords } from './check-references.ts'
import type { PlaceRecord } from '../model/place.ts'
import type { LinkRecord } from '../model/link.ts'
import type { ProjectRecord } from '../model/project.ts'

/** A link may be this much shorter than the straight line before we warn (rounding of short links). */
const STRAIGHT_LINE_TOLERANCE_KM = 0.2
/** A road longer than this multiple of the straight line (and longer by more than the margin) is suspicious. */
export const DETOUR_FACTOR_LIMIT = 2.5
const DETOUR_MARGIN_KM = 5
/** A position farther than this from one of the place's published positions gets a warning. */
export const REFERENCE_DISTANCE_LIMIT_KM = 3

function inRegion(region: Region, lat: number, lon: number): boolean {
  return lat >= region.south && lat <= region.north && lon >= region.west && lon <= region.east
}

/** Adds warnings only; none of these stops a dataset from loading. */
export function checkGeography(
  region: Region | undefined,
  validPlaces: ValidRecords<PlaceRecord>,
  validLinks: ValidRecords<LinkRecord>,
  positions: Pick<RecordPositions, 'places' | 'linkFrom' | 'linkTo'>,
  issues: IssueSink,
): void {
  const { linkFrom, linkTo } = positions
  const { records: places, indexes: placeIndexes } = validPlaces
  const { records: links, indexes: linkIndexes } = validLinks
  if (region && places.length > 0) {
    const outside = places.map((_, i) => i).filter((i) => !inRegion(region, places[i]!.lat, places[i]!.lon))
    const swappedInside = outside.filter((i) => inRegion(region, places[i]!.lon, places[i]!.lat))
    if (outside.length === places.length && swappedInside.length === places.length) {
      issues.add(
        makeIssue(
          'W_LATLON_SWAPPED',
          'places',
          'every place lies outside the region, but inside it with latitude and longitude swapped: the file probably gives them in the wrong order',
        ),
      )
    } else {
      for (const i of outside) {
        const p = places[i]!
        const hint = inRegion(region, p.lon, p.lat) ? ' (it would be inside with lat and lon swapped)' : ''
        issues.add(
          makeIssue(
            'W_OUTSIDE_REGION',
            `places[${placeIndexes[i]}]`,
            `(${p.lat}, ${p.lon}) is outside the declared region${hint}`,
            { record: p.id },
          ),
        )
      }
    }
  }

  places.forEach((p, k) => {
    p.referencePositions?.forEach((ref, i) => {
      const off = haversineKm(p.lat, p.lon, ref.lat, ref.lon)
      if (off > REFERENCE_DISTANCE_LIMIT_KM) {
        issues.add(
          makeIssue(
            'W_FAR_FROM_REFERENCE',
            `places[${placeIndexes[k]}].referencePositions[${i}]`,
            `the place is ${off.toFixed(1)} km from this published position (more than ${REFERENCE_DISTANCE_LIMIT_KM} km): check which is right`,
            { record: p.id },
          ),
        )
      }
    })
  })

  const speedField = (index: number, l: LinkRecord) =>
    `links[${index}].${l.minutes !== undefined ? 'minutes' : 'speedKmh'}`
  const speedWords = (speed: number) =>
    speed >= 0.1 && speed < 1e6 ? `${speed.toFixed(1)} km/h` : `${speed.toExponential(1)} km/h`
  for (let k = 0; k < links.length; k++) {
    const l = links[k]!,
      index = linkIndexes[k]!
    const a = linkFrom[k]! >= 0 ? places[linkFrom[k]!] : undefined
    const b = linkTo[k]! >= 0 ? places[linkTo[k]!] : undefined
    if (a && b) {
      const straight = haversineKm(a.lat, a.lon, b.lat, b.lon)
      if (l.km + STRAIGHT_LINE_TOLERANCE_KM < straight) {
        issues.add(
          makeIssue(
            'W_SHORTER_THAN_STRAIGHT',
            `links[${index}].km`,
            `${l.km} km is shorter than the ${straight.toFixed(1)} km straight line between its ends`,
            { record: l.id, value: l.km },
          ),
        )
      } else if (l.mode === 'road' && l.km > straight * DETOUR_FACTOR_LIMIT && l.km - straight > DETOUR_MARGIN_KM) {
        issues.add(
          makeIssue(
            'W_LONG_DETOUR',
            `links[${index}].km`,
            `${l.km} km is ${(l.km / straight).toFixed(1)} times the ${straight.toFixed(1)} km straight line between its ends: a wrong length or a wrong position?`,
            { record: l.id, value: l.km },
          ),
        )
      }
    }
    const speed = l.minutes !== undefined ? (l.km / l.minutes) * 60 : l.speedKmh!
    const { possible, usual } = MODE_SPEEDS_KMH[l.mode]
    // The field and the speed's words are written only for a link that has a problem (a province
    // has hundreds of thousands of links, nearly all without one).
    if (!(speed >= possible[0] && speed <= possible[1])) {
      issues.add(
        makeIssue(
          'E_IMPLAUSIBLE_SPEED',
          speedField(index, l),
          `${speedWords(speed)} is impossible for a ${l.mode} link (accepted: ${possible[0]}–${possible[1]} km/h)`,
          { record: l.id, value: l.minutes ?? l.speedKmh },
        ),
      )
      continue
    }
    if (speed < usual[0] || speed > usual[1])
      issues.add(
        makeIssue(
          'W_UNUSUAL_SPEED',
          speedField(index, l),
          `${speedWords(speed)} is unusual for a ${l.mode} link (usually ${usual[0]}–${usual[1]} km/h): check the length and the time`,
          { record: l.id },
        ),
      )
    const roadClass = l.road?.class
    if (l.mode === 'road' && roadClass) {
      const [low, high] = ROAD_CLASS_SPEEDS_KMH[roadClass]
      if (speed < low || speed > high) {
        issues.add(
          makeIssue(
            'W_SPEED_OUTSIDE_CLASS',
            speedField(index, l),
            `${speed.toFixed(0)} km/h is outside the ${low}–${high} km/h usual for a ${roadClass} road`,
            { record: l.id },
          ),
        )
      }
    }
  }

  for (const issue of findCutOffPlaces(validPlaces, links.length, positions)) issues.add(issue)
}

/** Places with no path to the largest component, treating every link as two-way and every project as open. */
function findCutOffPlaces(
  { records: places, indexes }: ValidRecords<PlaceRecord>,
  linkCount: number,
  { places: placeIndex, linkFrom, linkTo }: Pick<RecordPositions, 'places' | 'linkFrom' | 'linkTo'>,
): DatasetIssue[] {
  if (places.length < 2) return []
  const { partOf, largest } = connectedPartsOf(places.length, (join) => {
    for (let k = 0; k < linkCount; k++) if (linkFrom[k]! >= 0 && linkTo[k]! >= 0) join(linkFrom[k]!, linkTo[k]!)
  })
  // A place whose id is repeated counts once, at its first record.
  return places
    .map((record, i) => ({ record, i }))
    .filter(({ i }) => placeIndex.firstOf(i) === i && partOf(i) !== largest)
    .map(({ record, i }) =>
      makeIssue(
        'W_UNREACHABLE_PLACE',
        `places[${indexes[i]}]`,
        'no chain of links joins this place to the main network, even with every project open',
        { record: record.id },
      ),
    )
}

/** A project upgrade that would make its link impossibly fast or slow is an error, like the link's own speed. */
export function checkUpgradeSpeeds(
  links: ValidRecords<LinkRecord>,
  projects: ValidRecords<ProjectRecord>,
  linkPositions: ReadonlyMap<string, number>,
  issues: IssueSink,
): void {
  projects.records.forEach((p, k) => {
    const index = projects.indexes[k]!
    p.upgrades?.forEach((u, i) => {
      const position = linkPositions.get(u.link)
      const link = position === undefined ? undefined : links.records[position]!
      if (!link || (u.minutes === undefined && u.speedKmh === undefined)) return
      const speed = u.minutes !== undefined ? (link.km / u.minutes) * 60 : u.speedKmh!
      const { possible } = MODE_SPEEDS_KMH[link.mode]
      if (!(speed >= possible[0] && speed <= possible[1]))
        issues.add(
          makeIssue(
            'E_IMPLAUSIBLE_SPEED',
            `projects[${index}].upgrades[${i}].${u.minutes !== undefined ? 'minutes' : 'speedKmh'}`,
            `the upgrade would make ${u.link} ${speed.toExponential(2)} km/h, impossible for a ${link.mode} link (accepted: ${possible[0]}–${possible[1]} km/h)`,
            { record: p.id, value: u.minutes ?? u.speedKmh },
          ),
        )
    })
  })
}
