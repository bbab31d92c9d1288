/**
 * Output
 * ======
 * Plain-text tables and CSV cells for the terminal; every cell from the data is treated as text.
 */

import { csvCell, safeText, UNSAFE_CHARACTERS as UNSAFE } from '../core/index.ts'

export { csvCell, safeText }

/**
 * Makes a whole block of output safe for a terminal: in text, unsafe characters are dropped; in a JSON
 * document (where they can only sit inside strings) they are written as `\uXXXX` escapes, which keeps
 * the document's meaning.
 */
export function terminalSafe(text: string, json: boolean): string {
  return json
    ? text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    : // A carriage return is kept only as half of a CRLF line ending (iCalendar and CSV files use them).
      text.replace(UNSAFE, (c, at: number) => (c === '\r' && text[at + 1] === '\n' ? c : ''))
}

/** `1 day`, `2 days`: an English count with its noun. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`
}

/** Formats rows as an aligned table with a header line. */
export function formatTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = [header, ...rows.map((r) => r.map(safeText))]
  // Widths by a loop: spreading thousands of rows into Math.max would overflow the call stack.
  const widths = header.map(() => 0)
  for (const row of cells)
    for (let i = 0; i < header.length; i++) widths[i] = Math.max(widths[i]!, [...(row[i] ?? '')].length)
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  const out: string[] = [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  ')]
  for (let i = 1; i < cells.length; i++) out.push(line(cells[i]!))
  return out.join('\n')
}
