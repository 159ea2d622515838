import { useQueryClient } from '@tanstack/react-query'
import { useNavigate, useRouterState } from '@tanstack/react-router'
import { useCallback } from 'react'
import type { LogKind } from '@/domain/log-query'
import { setActiveDataset } from '@/lib/datasets/active-dataset'
import type { DatasetMeta } from '@/lib/datasets/dataset-db'

const iso = (time: number) => new Date(time).toISOString()
const sections = ['/calls', '/texts', '/insights'] as const

/**
 * Shows another data set: the demo data (null) or an imported one, opened
 * on its whole time span (imported logs are seldom in "the last 7 days").
 * Answers of the set shown before are dropped, not mixed in.
 */
export function useDatasetSwitch() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const pathname = useRouterState({ select: (state) => state.location.pathname })
  return useCallback(
    (set: DatasetMeta | null, kind?: LogKind) => {
      setActiveDataset(
        set && {
          id: set.id,
          name: set.name,
          revision: set.revision,
          from: set.from,
          to: set.to,
        },
      )
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'health' })
      const here = sections.find((section) => pathname.startsWith(section))
      const to = kind ? `/${kind}` : (here ?? pathname)
      void navigate({
        to,
        search: set && (kind || here) ? { from: iso(set.from), to: iso(set.to) } : {},
      } as never)
    },
    [queryClient, navigate, pathname],
  )
}
