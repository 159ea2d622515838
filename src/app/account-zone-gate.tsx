import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { accountQueryOptions } from '@/api/account'
import { useDisplayZone } from '@/lib/display-zone'

/**
 * Holds a page that reads data until the zone it asked for is known: with
 * `tz=account`, a request made in the browser's zone would be thrown away
 * (and asked again) the moment the account answers. Other zones pass at once;
 * an account that fails falls back to the browser's zone, as the provider does.
 */
export function AccountZoneGate({ children }: { children: ReactNode }) {
  const { choice } = useDisplayZone()
  const account = useQuery({ ...accountQueryOptions, enabled: choice === 'account' })
  if (choice === 'account' && account.isPending)
    return (
      <p role="status" className="px-4 py-6 text-sm text-muted lg:px-6">
        Loading the account’s time zone…
      </p>
    )
  return children
}
