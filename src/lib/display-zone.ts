import { createContext, use } from 'react'
import type { ZoneChoice } from '@/domain/time-zone'

/** The zone a page shows its times in, as the app resolved it from the URL and the account. */
export type DisplayZone = {
  choice: ZoneChoice
  /** The IANA zone times are shown in. */
  zone: string
  /**
   * What formatters are given: undefined for the browser's own zone, so a
   * page that never chose a zone formats exactly as it always did.
   */
  formatZone: string | undefined
  /** The account's zone once known, for the zone menu. */
  accountZone: string | undefined
  /** The browser's zone. */
  localZone: string
}

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

const local = browserZone()

export const DisplayZoneContext = createContext<DisplayZone>({
  choice: 'local',
  zone: local,
  formatZone: undefined,
  accountZone: undefined,
  localZone: local,
})

export const useDisplayZone = (): DisplayZone => use(DisplayZoneContext)
