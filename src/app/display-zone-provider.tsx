import { useQuery } from '@tanstack/react-query'
import { useRouterState } from '@tanstack/react-router'
import { useMemo, type ReactNode } from 'react'
import { accountQueryOptions } from '@/api/account'
import { canonicalZone, readZoneChoice, resolveZone } from '@/domain/time-zone'
import { browserZone, DisplayZoneContext, type DisplayZone } from '@/lib/display-zone'

const readTz = (search: Record<string, unknown>): string | undefined =>
  typeof search.tz === 'string' ? search.tz : undefined

/**
 * The zone every page shows times in: the URL's `tz` (so a shared link reads
 * the same), the account's zone from the API when asked for.
 */
export function DisplayZoneProvider({ children }: { children: ReactNode }) {
  const raw = useRouterState({ select: (state) => readTz(state.location.search) })
  const account = useQuery(accountQueryOptions)
  const accountZone = account.data ? canonicalZone(account.data.time_zone) : undefined
  const value = useMemo<DisplayZone>(() => {
    const choice = (raw === undefined ? undefined : readZoneChoice(raw)) ?? 'local'
    const localZone = browserZone()
    const zone = resolveZone(choice, { local: localZone, account: accountZone })
    return {
      choice,
      zone,
      formatZone: zone === localZone ? undefined : zone,
      accountZone,
      localZone,
    }
  }, [raw, accountZone])
  return <DisplayZoneContext value={value}>{children}</DisplayZoneContext>
}
