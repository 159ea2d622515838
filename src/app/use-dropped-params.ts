import { useLocation, useNavigate } from '@tanstack/react-router'
import { useEffect, useState } from 'react'
import {
  decodeLogSearch,
  type DroppedParam,
  type SearchScope,
} from '@/domain/log-search-codec'
import { parseSearch } from './search-params'

/**
 * What the address bar held that the page could not use. The address is
 * rewritten without it (replacing the history entry), and the list is kept
 * until the user dismisses it or opens another such link.
 */
export function useDroppedParams(scope: SearchScope): [DroppedParam[], () => void] {
  const searchStr = useLocation({ select: (location) => location.searchStr })
  const navigate = useNavigate()
  const [notice, setNotice] = useState<{ from: string; dropped: DroppedParam[] }>()
  const { search, dropped } = decodeLogSearch(scope, parseSearch(searchStr))
  const hasDropped = dropped.length > 0
  if (hasDropped && notice?.from !== searchStr) setNotice({ from: searchStr, dropped })

  useEffect(() => {
    if (hasDropped) void navigate({ to: '.', search, replace: true })
  }, [hasDropped, search, navigate])

  return [notice?.dropped ?? [], () => setNotice(undefined)]
}
