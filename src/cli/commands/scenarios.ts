/**
 * scenarios
 * =========
 * Lists the scenario presets with the projects each one opens, and every project's dates.
 */
import { SCENARIO_PRESETS, formatPartialDate, resolveScenario } from '../../core/index.ts'
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts'
import type { Io } from '../io.ts'
import { loadValidDataset } from '../load-valid-dataset.ts'
import { formatTable } from '../output.ts'
import { scenarioJson } from '../scenario-options.ts'

export const SCENARIOS_HELP = `Usage: heritage-routes scenarios [--data FILE] [--json]

Lists the scenario presets (agreement-2023, today, committed, full-vision) with the projects each one
opens, and each project's status and promised, expected and actual dates.`

export function runScenarios(argv: readonly string[], io: Io): number {
  const { values } = parseCommandArgs('scenarios', argv, COMMON_OPTIONS)
  if (values.help) {
    io.out(SCENARIOS_HELP)
    return 0
  }
  const dataset = loadValidDataset(values.data)
  const presets = Object.entries(SCENARIO_PRESETS).map(([name, p]) => ({
    name,
    description: p.description,
    ...scenarioJson(resolveScenario(dataset, { preset: name }, io.today())),
  }))
  const projects = dataset.projects.map((p) => ({
    id: p.id,
    status: p.status ?? null,
    promised: p.promised?.date ?? null,
    expected: p.expected?.date ?? null,
    opened: p.opened?.date ?? null,
  }))
  if (values.json) {
    io.out(JSON.stringify({ today: io.today(), presets, projects }, null, 2))
    return 0
  }
  io.out(
    formatTable(
      ['preset', 'meaning', 'open projects'],
      presets.map((p) => [p.name, p.description, p.openProjects.join(', ') || 'none']),
    ),
  )
  io.out('')
  const d = (x: string | null) => (x ? formatPartialDate(x) : '—')
  io.out(
    formatTable(
      ['project', 'status', 'promised', 'expected', 'opened'],
      projects.map((p) => [p.id, p.status ?? '?', d(p.promised), d(p.expected), d(p.opened)]),
    ),
  )
  io.out('\nA project without a date stays closed in date scenarios (--date); open it with --with ID or a preset.')
  return 0
}
