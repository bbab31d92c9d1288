/** Today's date in Vietnam (UTC+7), where every date of the product is local. */
export function vietnamToday(now = Date.now()): string {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10)
}
