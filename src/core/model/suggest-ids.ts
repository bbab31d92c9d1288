/**
 * Suggest ids
 * ===========
 * The known ids closest to a mistyped one, by edit distance, ignoring case and Vietnamese diacritics.
 */

/** Lower-case ASCII form of a text: "Côn Sơn" → "con son", "Đồng" → "dong". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one each. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_row, i) =>
    Array.from({ length: b.length + 1 }, (_cell, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1)
      d[i]![j] = best
    }
  }
  return d[a.length]![b.length]!
}

/**
 * Up to `limit` candidates close to `wanted`: those containing it, then those within an edit distance
 * of a third of its length. `names` maps an id to extra words it may be found by (its names).
 */
export function suggestIds(
  wanted: string,
  ids: Iterable<string>,
  names: (id: string) => readonly string[] = () => [],
  limit = 3,
): string[] {
  const w = foldText(wanted).replace(/\s+/g, '-')
  const scored: Array<[number, string]> = []
  for (const id of ids) {
    const forms = [id, ...names(id).map((n) => foldText(n).replace(/\s+/g, '-'))]
    let best = Infinity
    for (const form of forms) {
      if (form.includes(w) || (w.length >= 4 && w.includes(form))) best = Math.min(best, 0)
      else best = Math.min(best, editDistance(w, form.slice(0, Math.max(w.length, form.length))))
    }
    if (best <= Math.max(1, Math.floor(w.length / 3))) scored.push([best, id])
  }
  return scored
    .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]))
    .slice(0, limit)
    .map(([, id]) => id)
}
