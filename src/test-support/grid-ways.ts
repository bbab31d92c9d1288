/**
 * The ways of a square grid of junctions (`side` × `side`, numbered row by row from 0): each row and
 * each column cut into ways of 2–6 blocks, as roads are in map data (a way ends where its tags
 * change, not at every crossing). `each` gets the way's junction numbers, the line it is on and
 * whether that is a row or a column.
 */
export function gridWays(
  side: number,
  random: () => number,
  each: (junctions: number[], line: number, along: 'row' | 'col') => void,
): void {
  for (const along of ['row', 'col'] as const)
    for (let line = 0; line < side; line++) {
      let at = 0
      while (at < side - 1) {
        const length = Math.min(side - 1 - at, 2 + Math.floor(random() * 5))
        each(
          Array.from({ length: length + 1 }, (_, k) =>
            along === 'row' ? line * side + at + k : (at + k) * side + line,
          ),
          line,
          along,
        )
        at += length
      }
    }
}
