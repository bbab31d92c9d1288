/**
 * Output
 * ======
 * Plain-text tables and CSV cells for the terminal; every cell from the data is treated as text.
 */

/** Removes control characters (terminal escapes, RTL overrides) from text taken from a dataset. */
export function safeText(value: unknown): string {
  // eslint-disable-next-line no-control-regex
  return String(value).replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
}

/** Formats rows as an aligned table with a header line. */
export function formatTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = [header, ...rows.map((r) => r.map(safeText))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)))
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n')
}

/** One CSV cell: quoted when needed, and prefixed with ' when a spreadsheet would read it as a formula. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : safeText(value)
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
