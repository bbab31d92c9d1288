/**
 * Loads a dataset for a computing command: an invalid file is a user error listing its problems.
 */
import { formatIssue, type Dataset, type DatasetIssue } from '../core/index.ts'
import { readDatasetFile } from './load-dataset.ts'
import { UserError } from './user-error.ts'

export function loadValidDataset(path: string | undefined): Dataset {
  const { path: file, result } = readDatasetFile(path)
  if (!result.ok) throw invalidDataset(file, result.errors)
  return result.dataset
}

/** The user error of a `--data` file that does not validate: its first 20 errors, the rest counted. */
export function invalidDataset(file: string, errors: readonly DatasetIssue[]): UserError {
  const lines = errors.slice(0, 20).map(formatIssue)
  if (errors.length > 20) lines.push(`... and ${errors.length - 20} more (run "validate --data ${file}" for all)`)
  return new UserError([`--data ${file}: invalid dataset, ${errors.length} error(s)`, ...lines])
}
