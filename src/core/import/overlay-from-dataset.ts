/**
 * Overlay from a dataset
 * ======================
 * The overlay that lays a dataset's places and dated projects on an imported road network (the
 * embedded one: the 2023 agreement's nine projects and the heritage sites, onto an OpenStreetMap
 * extract of the provinces). Its places are joined to the nearest imported road, its projects keep
 * their dates and sources, and their own links join their places as before. The dataset's other
 * links are its own road network, which the imported roads replace; so a project's `upgrades` and
 * `replaces` that name those links cannot follow it (the imported ways have other ids) and are left
 * out, each named in `leftOut`, for the user to point at the imported ways by hand.
 */
import type { LinkId, ProjectId } from '../model/ids.ts'
import type { ValidatedParts } from '../dataset/dataset.ts'
import { UnknownProjectError } from '../errors.ts'
import { suggestIds } from '../model/suggest-ids.ts'

/** A project's upgrades or closures of links that do not come with the overlay. */
export interface OverlayLeftOut {
  readonly project: ProjectId
  readonly field: 'upgrades' | 'replaces'
  readonly links: readonly LinkId[]
}

export interface DatasetOverlay {
  /** The overlay document (`applyOverlay`'s input): sources, places, links, projects, gateways. */
  readonly overlay: {
    readonly sources: ValidatedParts['sources']
    readonly places: ValidatedParts['places']
    readonly links: ValidatedParts['links']
    readonly projects: ValidatedParts['projects']
    readonly gateways?: readonly string[]
  }
  readonly leftOut: readonly OverlayLeftOut[]
}

/**
 * The overlay of `parts` (a dataset validated with `keepParts`): every place and source, the
 * projects (all, or those of `projectIds`; an unknown id throws UnknownProjectError) and their links.
 */
export function overlayFromDataset(parts: ValidatedParts, projectIds?: readonly string[]): DatasetOverlay {
  const known = parts.projects.map((p) => p.id as string)
  for (const id of projectIds ?? [])
    if (!known.includes(id)) throw new UnknownProjectError(id, suggestIds(id, known), 'projects')
  const chosen = new Set(projectIds ?? known)
  const links = parts.links.filter((l) => l.project !== undefined && l.project !== null && chosen.has(l.project))
  const kept = new Set<string>(links.map((l) => l.id))
  const leftOut: OverlayLeftOut[] = []
  const projects = parts.projects
    .filter((p) => chosen.has(p.id))
    .map((p) => {
      const upgrades = (p.upgrades ?? []).filter((u) => kept.has(u.link))
      const replaces = (p.replaces ?? []).filter((id) => kept.has(id))
      const lostUpgrades = (p.upgrades ?? []).filter((u) => !kept.has(u.link)).map((u) => u.link)
      const lostReplaces = (p.replaces ?? []).filter((id) => !kept.has(id))
      if (lostUpgrades.length > 0) leftOut.push({ project: p.id, field: 'upgrades', links: lostUpgrades })
      if (lostReplaces.length > 0) leftOut.push({ project: p.id, field: 'replaces', links: lostReplaces })
      const { upgrades: _u, replaces: _r, ...rest } = p
      return {
        ...rest,
        ...(upgrades.length > 0 && { upgrades }),
        ...(replaces.length > 0 && { replaces }),
      }
    })
  return {
    overlay: {
      sources: parts.sources,
      places: parts.places,
      links,
      projects,
      ...(parts.header.gateways && { gateways: parts.header.gateways }),
    },
    leftOut,
  }
}
