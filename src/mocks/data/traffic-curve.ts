/** How busy each local hour is, relative to the late-morning peak. */
const hourOfDay = [
  0.03, 0.02, 0.02, 0.02, 0.03, 0.06, 0.12, 0.3, 0.65, 1.0, 1.1, 1.05, 0.85, 0.95, 1.0,
  0.95, 0.8, 0.55, 0.35, 0.25, 0.18, 0.12, 0.08, 0.05,
] as const

/** Monday first; weekends are quiet. */
const dayOfWeek = [1.0, 1.05, 1.0, 0.95, 0.85, 0.35, 0.2] as const

const hour = 3_600_000
const day = 24 * hour

/** ISO weekday (0 = Monday) and hour of a local wall-clock time given as ms. */
export function localWeekdayHour(local: number): { weekday: number; hour: number } {
  const days = Math.floor(local / day)
  // 1970-01-01 was a Thursday (ISO weekday index 3).
  const weekday = (((days + 3) % 7) + 7) % 7
  const hourOfTheDay = Math.floor((local - days * day) / hour)
  return { weekday, hour: hourOfTheDay }
}

/** The relative traffic of a local hour. */
export function trafficWeight(local: number): number {
  const { weekday, hour: h } = localWeekdayHour(local)
  return (hourOfDay[h] ?? 0) * (dayOfWeek[weekday] ?? 0)
}
