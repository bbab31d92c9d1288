/**
 * Ids
 * ===
 * Branded id types, so a place id can never be passed where a link id is expected. Their schemas are
 * in `id-schemas.ts`.
 */
/** Stable kebab-case slug: lower-case ASCII letters and digits separated by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Id of a place (heritage site, city, town, wharf, station, junction). */
export type PlaceId = string & { readonly __brand: 'PlaceId' }
/** Id of a link (one road, waterway or rail segment between two places). */
export type LinkId = string & { readonly __brand: 'LinkId' }
/** Id of an infrastructure project. */
export type ProjectId = string & { readonly __brand: 'ProjectId' }
/** Id of a source (article, official page, our own estimate note). */
export type SourceId = string & { readonly __brand: 'SourceId' }
/** Id of a commitment in the 2023 agreement digest (`seeds/agreement-2023.json`). */
export type CommitmentId = string & { readonly __brand: 'CommitmentId' }

/** The dataset's lists of records that other records refer to. */
export type RecordList = 'sources' | 'places' | 'links' | 'projects'
