import { useLocation, useNavigate } from '@tanstack/react-router'
import { useContext, useEffect, useState } from 'react'
import {
  decodeLogSearch,
  type DroppedParam,
  type SearchScope,
} from '@/domain/log-search-codec'
import { InitialAddressContext } from './initial-address'
import { parseSearch } from './search-params'

/**
 * What the link the app was opened with held that the page could not use,
 * for a notice the user can dismiss. Whatever unchecked parameter is still in
 * the address bar is taken out of it (replacing the history entry).
 */
export function useDroppedParams(scope: SearchScope): [DroppedParam[], () => void] {
  const initial = useContext(InitialAddressContext)
  const location = useLocation()
  const navigate = useNavigate()
  const [dropped, setDropped] = useState<DroppedParam[]>(() => {
    const search = initial.claim(location.pathname)
    return search === undefined ? [] : decodeLogSearch(scope, parseSearch(search)).dropped
  })

  const current = decodeLogSearch(scope, parseSearch(location.searchStr))
  const unclean = current.dropped.length > 0
  useEffect(() => {
    if (unclean) void navigate({ to: '.', search: current.search, replace: true })
  }, [unclean, current.search, navigate])

  return [dropped, () => setDropped([])]
}
