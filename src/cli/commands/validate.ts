/**
 * validate
 * ========
 * Checks a dataset and prints a summary, or every problem with its code, record and field path.
 */
import { formatIssue, MAX_REPORTED_ISSUES, type Dataset, type DatasetIssue, projectOf } from '../../core/index.ts'
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts'
import { readDatasetFile } from '../load-dataset.ts'
import { formatTable, plural, safeText } from '../output.ts'
import type { Io } from '../io.ts'

export const VALIDATE_HELP = `Usage: heritage-routes validate [--data FILE] [--json]

Checks a network dataset against the schema and the reference and geography rules.
Without --data it checks the embedded data/network.json.

Options:
  --data FILE   the dataset to check
  --json        print one JSON document: { ok, file, counts, errors, warnings }
  -h, --help    show this help

Exit status: 0 when the dataset is valid (warnings allowed), 2 when it has errors.
Each problem is printed as: severity CODE path (record): sentence [value: ...]`

/** Most problems printed in the readable output; the rest are counted. */
const MAX_LISTED = 100

/** Counts of a valid dataset by place kind, link mode and link status. */
export function summarise(dataset: Dataset) {
  const count = <T extends string>(items: readonly T[]) => {
    const out: Record<string, number> = {}
    for (const item of items) out[item] = (out[item] ?? 0) + 1
    return out
  }
  const status = (projectId: string | null) =>
    projectId === null ? 'existing' : `project ${projectOf(dataset, projectId)?.status ?? 'unknown'}`
  return {
    places: dataset.places.length,
    links: dataset.links.length,
    projects: dataset.projects.length,
    sources: dataset.sources.length,
    placesByKind: count(dataset.places.map((p) => p.kind)),
    linksByMode: count(dataset.links.map((l) => l.mode)),
    linksByStatus: count(dataset.links.map((l) => status(l.project))),
    projectsByStatus: count(dataset.projects.map((p) => p.status ?? 'unknown')),
  }
}

function listIssues(issues: readonly DatasetIssue[], omitted: number, write: (line: string) => void): void {
  for (const issue of issues.slice(0, MAX_LISTED)) write(safeText(formatIssue(issue)))
  const more = issues.length - Math.min(issues.length, MAX_LISTED) + omitted
  if (more > 0) write(`... and ${more} more (--json lists the first ${MAX_REPORTED_ISSUES} of each kind)`)
}

export function runValidate(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('validate', argv, COMMON_OPTIONS)
  if (values.help) {
    io.out(VALIDATE_HELP)
    return 0
  }
  const { path, result } = readDatasetFile(values.data, { fresh: true })
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          ok: result.ok,
          file: path,
          counts: result.ok ? summarise(result.dataset) : null,
          errors: result.ok ? [] : result.errors,
          warnings: result.warnings,
          omittedErrors: result.ok ? 0 : (result.omittedErrors ?? 0),
          omittedWarnings: result.omittedWarnings ?? 0,
        },
        null,
        2,
      ),
    )
    return result.ok ? 0 : 2
  }
  if (!result.ok) {
    const errors = result.errors.length + (result.omittedErrors ?? 0)
    const warnings = result.warnings.length + (result.omittedWarnings ?? 0)
    io.err(`${path}: invalid, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`)
    listIssues(
      [...result.errors, ...result.warnings],
      (result.omittedErrors ?? 0) + (result.omittedWarnings ?? 0),
      (l) => io.err(l),
    )
    return 2
  }
  const c = summarise(result.dataset)
  io.out(`${path}: valid — ${c.places} places, ${c.links} links, ${c.projects} projects, ${c.sources} sources`)
  const rows = [
    ...Object.entries(c.placesByKind).map(([k, n]) => ['place kind', k, n]),
    ...Object.entries(c.linksByMode).map(([k, n]) => ['link mode', k, n]),
    ...Object.entries(c.linksByStatus).map(([k, n]) => ['link status', k, n]),
    ...Object.entries(c.projectsByStatus).map(([k, n]) => ['project status', k, n]),
  ]
  io.out(formatTable(['group', 'value', 'count'], rows))
  if (result.warnings.length > 0) {
    io.out(`\n${plural(result.warnings.length + (result.omittedWarnings ?? 0), 'warning')}:`)
    listIssues(result.warnings, result.omittedWarnings ?? 0, (l) => io.out(l))
  }
  return 0
}
