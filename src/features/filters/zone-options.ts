import { zoneAbbreviation, type ZoneChoice } from '@/domain/time-zone'
import type { DisplayZone } from '@/lib/display-zone'

export type ZoneOption = { value: ZoneChoice; label: string }

const sourceWords: Record<string, string> = {
  local: 'browser',
  utc: 'UTC',
  account: 'account',
}

/** The zones a person picks from: theirs, UTC, the account's, and a named one from a link. */
export function zoneOptions(display: DisplayZone, now: number): ZoneOption[] {
  const short = (zone: string) => zoneAbbreviation(zone, now)
  const options: ZoneOption[] = [
    {
      value: 'local',
      label: `Browser · ${display.localZone} (${short(display.localZone)})`,
    },
    { value: 'utc', label: 'UTC' },
    {
      value: 'account',
      label: display.accountZone
        ? `Account · ${display.accountZone} (${short(display.accountZone)})`
        : 'Account',
    },
  ]
  if (!options.some((option) => option.value === display.choice))
    options.push({
      value: display.choice,
      label: `${display.choice} (${short(display.choice)})`,
    })
  return options
}

/** What the toolbar says: "Times in CST (account)", "Times in UTC". */
export function zoneSummary(display: DisplayZone, now: number): string {
  const abbreviation = zoneAbbreviation(display.zone, now)
  if (display.choice === 'utc') return 'Times in UTC'
  // Until the account's zone is known, times are the browser's: say so.
  const source =
    display.choice === 'account' && !display.accountZone
      ? 'browser'
      : (sourceWords[display.choice] ?? display.zone)
  return `Times in ${abbreviation} (${source})`
}
