/**
 * Text cells
 * ==========
 * Text from a dataset written into files people open elsewhere: CSV cells a spreadsheet will not run
 * as formulas, markdown table cells that cannot break the table, and text without control characters
 * (terminal escapes, bidirectional overrides). Used by the command line and the web app's downloads.
 */

// C0 controls other than tab and newline, DEL and C1 controls, and the bidirectional overrides and
// isolates: a dataset could use them to recolour a terminal, set its title or reverse text.
// eslint-disable-next-line no-control-regex
export const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/** Removes control characters (terminal escapes, RTL overrides) from text taken from a dataset. */
export function safeText(value: unknown): string {
  return String(value).replace(UNSAFE_CHARACTERS, '')
}

/** One CSV cell: quoted when needed, and prefixed with ' when a spreadsheet would read it as a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : safeText(value)
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One CSV line (no line ending). */
export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',')
}

/** A markdown table cell: pipes escaped, line breaks as spaces, markup characters left as text. */
export function markdownCell(value: unknown): string {
  return safeText(value ?? '')
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\|*_`[\]<>#])/g, '\\$1')
}
