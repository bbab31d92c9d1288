/**
 * Link facts
 * ==========
 * What a traveller wants to know about a link beyond its time: the fare, the walk a cable car saves,
 * the service's hours and whether it runs at all. One place, so the CLI and the app say the same.
 */
import type { Link } from '../dataset/dataset.ts'

export interface LinkTravelFacts {
  /** One adult, one way, in đồng; null when the data has no fare. */
  readonly fareVnd: number | null
  /** True when the fare is our estimate or an old figure (confidence low). */
  readonly fareUnverified: boolean
  /** Minutes the same stretch takes on foot (what a cable car saves); null when not given. */
  readonly walkMinutes: number | null
  /** Daily hours of the service (`HH:MM-HH:MM`), empty when unknown. */
  readonly hours: readonly string[]
  /** False when the service is suspended. */
  readonly running: boolean
}

export function linkTravelFacts(link: Link): LinkTravelFacts {
  return {
    fareVnd: link.fare?.amountVnd ?? null,
    fareUnverified: link.fare !== undefined && link.fare.confidence === 'low',
    walkMinutes: link.walkMinutes ?? null,
    hours: link.service?.hours ?? [],
    running: link.service?.running !== false,
  }
}
