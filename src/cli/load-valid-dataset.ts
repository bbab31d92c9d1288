/**
 * Loads a dataset for a computing command: an invalid file is a user error listing its problems.
 */
import { formatIssue, type Dataset } from '../core/index.ts'
import { readDatasetFile } from './load-dataset.ts'
import { UserError } from './user-error.ts'

export function loadValidDataset(path: string | undefined): Dataset {
  const { path: file, result } = readDatasetFile(path)
  if (!result.ok) {
    const lines = result.errors.slice(0, 20).map(formatIssue)
    if (result.errors.length > 20)
      lines.push(`... and ${result.errors.length - 20} more (run "validate --data ${file}" for all)`)
    throw new UserError([`--data ${file}: invalid dataset, ${result.errors.length} error(s)`, ...lines])
  }
  return result.dataset
}
