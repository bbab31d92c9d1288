/**
 * Lunar astronomy
 * ===============
 * The standard Vietnamese lunar calendar, computed (the method published by Hồ Ngọc Đức, used by the
 * Vietnamese almanacs): a month starts on the day (in Vietnam's time zone, UTC+7) of a new moon; the
 * 11th month is the one holding the winter solstice; a year with 13 months repeats the first month
 * that holds no major solar term. New moons and the sun's longitude come from short series after
 * Jean Meeus, "Astronomical Algorithms" (accurate to minutes over 1900–2100, which only matters when
 * a new moon falls near midnight).
 *
 * Days are Julian day numbers (integers); `k` counts new moons from the one of 1900-01-01.
 */

/** Vietnam's time zone, in hours east of UTC. */
export const VIETNAM_UTC_OFFSET_HOURS = 7

const RAD = Math.PI / 180
/** Mean length of a lunation in days. */
const SYNODIC_MONTH_DAYS = 29.530588853
/** Julian day of the new moon k = 0 (1900-01-01, about 13:52 UTC). */
const NEW_MOON_0_JD = 2415021.076998695
/** Julian day number of 1582-10-15, the first Gregorian day. */
const FIRST_GREGORIAN_JDN = 2299161

/** Julian day number of a calendar day (Gregorian from 1582-10-15, Julian before). */
export function julianDayNumber(day: number, month: number, year: number): number {
  const a = Math.floor((14 - month) / 12)
  const y = year + 4800 - a
  const m = month + 12 * a - 3
  const common = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4)
  const gregorian = common - Math.floor(y / 100) + Math.floor(y / 400) - 32045
  return gregorian >= FIRST_GREGORIAN_JDN ? gregorian : common - 32083
}

/** The calendar day of a Julian day number. */
export function fromJulianDayNumber(jdn: number): { day: number; month: number; year: number } {
  let b = 0,
    c: number
  if (jdn >= FIRST_GREGORIAN_JDN) {
    const a = jdn + 32044
    b = Math.floor((4 * a + 3) / 146097)
    c = a - Math.floor((146097 * b) / 4)
  } else c = jdn + 32082
  const d = Math.floor((4 * c + 3) / 1461)
  const e = c - Math.floor((1461 * d) / 4)
  const m = Math.floor((5 * e + 2) / 153)
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  }
}

/** The Julian date (UTC, fractional) of new moon number `k`. */
function newMoonJd(k: number): number {
  const T = k / 1236.85 // Julian centuries from 1900
  const T2 = T * T,
    T3 = T2 * T
  const mean =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * T2 -
    0.000000155 * T3 +
    0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * RAD)
  // Anomalies of the sun (M) and the moon (Mp), and the moon's argument of latitude (F), in degrees.
  const M = (359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3) * RAD
  const Mp = (306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3) * RAD
  const F = (21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3) * RAD
  const correction =
    (0.1734 - 0.000393 * T) * Math.sin(M) +
    0.0021 * Math.sin(2 * M) -
    0.4068 * Math.sin(Mp) +
    0.0161 * Math.sin(2 * Mp) -
    0.0004 * Math.sin(3 * Mp) +
    0.0104 * Math.sin(2 * F) -
    0.0051 * Math.sin(M + Mp) -
    0.0074 * Math.sin(M - Mp) +
    0.0004 * Math.sin(2 * F + M) -
    0.0004 * Math.sin(2 * F - M) -
    0.0006 * Math.sin(2 * F + Mp) +
    0.001 * Math.sin(2 * F - Mp) +
    0.0005 * Math.sin(2 * Mp + M)
  // Terrestrial time to universal time.
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2
  return mean + correction - deltaT
}

/** Minutes between new moon `k` and the nearest local midnight (where precision decides the day). */
export function newMoonMinutesFromMidnight(k: number, utcOffsetHours = VIETNAM_UTC_OFFSET_HOURS): number {
  const local = newMoonJd(k) + 0.5 + utcOffsetHours / 24
  const fraction = local - Math.floor(local)
  return Math.min(fraction, 1 - fraction) * 24 * 60
}

/** The day (Julian day number, local time) of new moon `k`. */
export function newMoonDay(k: number, utcOffsetHours = VIETNAM_UTC_OFFSET_HOURS): number {
  return Math.floor(newMoonJd(k) + 0.5 + utcOffsetHours / 24)
}

/** The sun's apparent longitude, in radians within [0, 2π), at Julian date `jd` (UTC). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525 // Julian centuries from J2000
  const T2 = T * T
  const M = (357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2) * RAD // mean anomaly
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2 // mean longitude, degrees
  const centre =
    (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(M) +
    (0.019993 - 0.000101 * T) * Math.sin(2 * M) +
    0.00029 * Math.sin(3 * M)
  const L = (L0 + centre) * RAD
  return L - 2 * Math.PI * Math.floor(L / (2 * Math.PI))
}

/**
 * Which of the 12 major solar terms (30° arcs of the sun's longitude, 0 = from the spring equinox)
 * the sun is in at the start of `day` (local midnight).
 */
export function solarTerm(day: number, utcOffsetHours = VIETNAM_UTC_OFFSET_HOURS): number {
  return Math.floor((sunLongitude(day - 0.5 - utcOffsetHours / 24) / Math.PI) * 6)
}

/** The first day of the 11th lunar month (the month of the winter solstice) that begins in `year`. */
export function month11Start(year: number, utcOffsetHours = VIETNAM_UTC_OFFSET_HOURS): number {
  const k = Math.floor((julianDayNumber(31, 12, year) - 2415021) / SYNODIC_MONTH_DAYS)
  const start = newMoonDay(k, utcOffsetHours)
  // Past 270° (term 9) at its start, the month already follows the solstice: take the one before.
  return solarTerm(start, utcOffsetHours) >= 9 ? newMoonDay(k - 1, utcOffsetHours) : start
}

/**
 * In a 13-month year starting with the 11th month at `month11`, the position (months after it) of the
 * leap month: the first month in which the sun enters no new major term.
 */
export function leapMonthOffset(month11: number, utcOffsetHours = VIETNAM_UTC_OFFSET_HOURS): number {
  const k = Math.floor((month11 - NEW_MOON_0_JD) / SYNODIC_MONTH_DAYS + 0.5)
  let i = 1
  let term = solarTerm(newMoonDay(k + i, utcOffsetHours), utcOffsetHours)
  let previous: number
  do {
    previous = term
    i++
    term = solarTerm(newMoonDay(k + i, utcOffsetHours), utcOffsetHours)
  } while (term !== previous && i < 14)
  return i - 1
}

/** The index `k` of the new moon on or before the day `jdn` lies in (approximate; callers adjust). */
export function lunationBefore(jdn: number): number {
  return Math.floor((jdn - NEW_MOON_0_JD) / SYNODIC_MONTH_DAYS)
}

/** The index `k` of the new moon that starts the month beginning on `monthStart`. */
export function lunationOf(monthStart: number): number {
  return Math.floor(0.5 + (monthStart - NEW_MOON_0_JD) / SYNODIC_MONTH_DAYS)
}
