/**
 * overlay
 * =======
 * Writes the overlay that lays a dataset's places and dated projects on imported road data (by
 * default the embedded dataset: its heritage sites and the 2023 agreement's nine projects), for
 * `import --overlay`. What cannot follow (upgrades and closures of the dataset's own road links) is
 * named on stderr.
 */
import { overlayFromDataset, parseDataset } from '../../core/index.ts'
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { EMBEDDED_DATA_PATH, MAX_FILE_BYTES } from '../load-dataset.ts'
import { readInputFile } from '../read-input-file.ts'
import { idList } from '../scenario-options.ts'
import { invalidDataset } from '../load-valid-dataset.ts'

export const OVERLAY_HELP = `Usage: heritage-routes overlay [--data FILE] [--projects ID,...] > overlay.json

Writes an overlay for "import --overlay": the dataset's places (heritage sites, gateways, towns,
wharves), its sources and its dated projects with their own links (all projects, or those of
--projects). Imported with road data, the places are joined to the nearest road and the projects
keep their dates and sources. The dataset's other links are its own road network, which the imported
roads replace: a project's upgrades or closures of those links cannot follow it (an imported network
names its ways w<way id>) and are listed on stderr, to point at the imported ways by hand.

Options:
  --data FILE        the dataset to take them from (default: the embedded one)
  --projects ID,...  only these projects (default: every one)
  -h, --help         show this help

  heritage-routes overlay > nine-projects.json
  heritage-routes import --from province.osm.pbf --overlay nine-projects.json > province.json
  heritage-routes impact --data province.json`

export function runOverlay(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('overlay', argv, { ...COMMON_OPTIONS, projects: { type: 'string' } })
  if (values.help) {
    io.out(OVERLAY_HELP)
    return 0
  }
  const file = (values.data as string | undefined) ?? EMBEDDED_DATA_PATH
  const result = parseDataset(readInputFile(file, '--data', MAX_FILE_BYTES), { keepParts: true })
  if (!result.ok) throw invalidDataset(file, result.errors)
  const projects = idList('projects', values.projects as string | undefined)
  const { overlay, leftOut } = overlayFromDataset(result.parts!, projects)
  io.out(JSON.stringify(overlay, null, 2))
  io.err(
    `overlay: ${overlay.places.length} places, ${overlay.projects.length} projects, ${overlay.links.length} project links`,
  )
  for (const l of leftOut)
    io.err(
      `left out: ${l.project} ${l.field === 'upgrades' ? 'upgrades' : 'replaces'} ${l.links.join(', ')} (links of the dataset's own network; on an imported one, give the ways' ids in the overlay's ${l.field})`,
    )
  return 0
}
