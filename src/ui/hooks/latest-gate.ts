/**
 * Latest gate: hands out increasing tickets and says whether a ticket is still the newest, so an
 * answer to a superseded request can be dropped however late it arrives.
 */
export interface LatestGate {
  next(): number
  isCurrent(ticket: number): boolean
}

export function createLatestGate(): LatestGate {
  let newest = 0
  return { next: () => ++newest, isCurrent: (ticket) => ticket === newest }
}
