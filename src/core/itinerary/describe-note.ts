/**
 * Describe notes
 * ==============
 * English sentences for what the planner returns as data: why a place was left out, and each warning
 * of a trip. The command line prints these; the web app words the same data in the reader's language,
 * so both always say the same thing.
 */
import type { Dataset } from '../dataset/dataset.ts'
import type { PlaceId, ProjectId } from '../model/ids.ts'
import { describeProjectTiming } from '../routing/find-route.ts'
import type { DropCause, ItineraryNote } from './itinerary.ts'

const placeName = (dataset: Dataset, id: string) => dataset.placeById.get(id as PlaceId)?.name.en ?? id

const SERVICE_NAMES = { waterway: 'Boat', rail: 'Train', 'cable-car': 'Cable car' } as const

/** Why a place was left out, in a few English words. */
export function describeDrop(cause: DropCause, dataset: Dataset): string {
  switch (cause.kind) {
    case 'no-route':
      return 'no route in this scenario'
    case 'closed':
      return `closed on ${cause.weekdays.join(', ')}`
    case 'too-short':
      return `open too briefly for a ${cause.visitMinutes}-min visit`
    case 'closes':
      return `closes at ${cause.close}${cause.lastEntry ? ` (last entry ${cause.lastEntry})` : ''}, before it can be reached`
    case 'no-day':
      return 'cannot be fitted on any day'
    case 'ends-late':
      return `would add ${cause.extraMinutes} min: the day would end at ${cause.endsAt}${cause.nextDay ? ' the next day' : ''}, after ${cause.windowEnd}`
    case 'travel-limit':
      return `would add ${cause.extraMinutes} min, over the ${cause.limitMinutes}-min daily travel limit`
    case 'worth-less':
      return `would add ${cause.extraMinutes} min; other places were worth more in the time`
    case 'lock-closed':
      return `is not open for a ${cause.visitMinutes}-min visit starting at ${cause.at}, the time it is locked to`
    case 'lock-unreachable':
      return `cannot be reached by ${cause.at}, the time it is locked to (earliest arrival ${cause.earliest})`
    case 'conflicts':
      return cause.why === 'lock'
        ? `would make ${placeName(dataset, cause.place)} miss the time it is locked to`
        : `would push ${placeName(dataset, cause.place)} past its opening hours`
  }
}

/** One warning of a trip as an English sentence. */
export function describeNote(note: ItineraryNote, dataset: Dataset, scenarioLabel: string): string {
  const name = (id: string) => placeName(dataset, id)
  switch (note.kind) {
    case 'missing':
      return `Not every must-see place fits: ${note.places.map(name).join(', ')}.`
    case 'festival':
      return `${note.festival.en} at ${name(note.place)} runs ${note.start} to ${note.end}: expect crowds on ${note.date}.`
    case 'wait':
      return `Arrives at ${name(note.place)} at ${note.arrive} and waits ${note.minutes} min ${note.reason === 'lock' ? 'for the time it is locked to' : 'for it to open'}.`
    case 'no-route':
      return `No route from ${name(note.from)} to ${name(note.to)} in this scenario.`
    case 'service': {
      const what = SERVICE_NAMES[note.mode]
      const hours = note.hours.length > 0 ? `; it runs ${note.hours.join(', ')}` : ''
      const every = note.headwayMinutes !== null ? `, one every ${note.headwayMinutes} min` : ''
      return `${what} from ${name(note.from)}: boarding and waiting${every} (estimate); the plan counts an average wait of ${note.waitMinutes} min${hours} — check before you go.`
    }
    case 'unopened': {
      const timing = describeProjectTiming(dataset, note.project as ProjectId)
      return `Uses ${timing.name} (${timing.when}), not open on ${note.date} in reality: this plan is for the scenario "${scenarioLabel}".`
    }
    case 'fewer-days':
      return `Everything fits in ${note.planned} ${note.planned === 1 ? 'day' : 'days'} of the ${note.asked} asked for.`
    case 'unverified':
      return `Opening hours not verified for ${note.places.map(name).join(', ')}: treated as open within the day window.`
    case 'estimates':
      return `${note.estimatedMinutes} of ${note.travelMinutes} travel minutes are on links whose length or speed is our estimate.`
  }
}
