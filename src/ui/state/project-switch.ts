/**
 * Project switches
 * ================
 * A switch says whether a project should be open; the address keeps only the difference from what
 * the date or preset opens on its own (`with` and `without`). Used by the scenario bar and by each
 * side of the compare page, so both write the same lists.
 */
import { resolveScenario, type Dataset, type ScenarioRequest } from '../../core/index.ts'

export function switchProject(
  dataset: Dataset,
  request: ScenarioRequest,
  today: string,
  id: string,
  open: boolean,
): { with: string[]; without: string[] } {
  const { with: _with, without: _without, ...base } = request
  const baseOpen = new Set<string>(resolveScenario(dataset, base, today).openProjects)
  const wanted = new Set<string>(resolveScenario(dataset, request, today).openProjects)
  if (open) wanted.add(id)
  else wanted.delete(id)
  return {
    with: [...wanted].filter((p) => !baseOpen.has(p)).sort(),
    without: [...baseOpen].filter((p) => !wanted.has(p)).sort(),
  }
}
