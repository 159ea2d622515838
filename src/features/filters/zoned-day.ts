import { TZDate } from '@date-fns/tz'

/** An instant as a date whose days and hours are read in `zone` (the browser's when undefined). */
export const inZone = (time: number | Date, zone: string | undefined): Date =>
  zone === undefined ? new Date(time) : new TZDate(+time, zone)

/** The day `date` falls on in `zone`, at a clock time ("09:30") of that zone. */
export function atTime(date: Date, time: string, zone: string | undefined): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  const result = inZone(date, zone)
  result.setHours(hours, minutes, 0, 0)
  // A plain instant: a TZDate writes its ISO string with the zone's offset.
  return new Date(result.getTime())
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The clock time ("09:30") an instant reads in `zone`. */
export function timeOf(time: number, zone: string | undefined): string {
  const date = inZone(time, zone)
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`
}
