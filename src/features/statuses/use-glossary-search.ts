import { getRouteApi } from '@tanstack/react-router'
import { useCallback, useMemo } from 'react'
import {
  decodeGlossarySearch,
  encodeGlossaryFilters,
  type GlossaryFilters,
} from './glossary-search'

const route = getRouteApi('/statuses')

/** The glossary's filters, read from and written to the URL. */
export function useGlossarySearch() {
  const search = route.useSearch()
  const filters = useMemo(() => decodeGlossarySearch(search), [search])
  const navigate = route.useNavigate()
  const setFilters = useCallback(
    (next: GlossaryFilters, { replace = false }: { replace?: boolean } = {}) =>
      void navigate({
        search: encodeGlossaryFilters(next),
        // Keep the linked entry highlighted while the filters change.
        hash: true,
        replace,
      }),
    [navigate],
  )
  return { filters, setFilters }
}
