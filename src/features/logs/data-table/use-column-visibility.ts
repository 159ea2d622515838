import type { ColumnVisibilityState, Updater } from '@tanstack/react-table'
import { useCallback, useMemo } from 'react'
import { useStoredState } from '@/lib/use-stored-state'
import type { LogColumn } from './table-features'
import { resolve } from './use-column-layout'

const isVisibility = (value: unknown): value is ColumnVisibilityState =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'boolean')

/** Columns marked to give way are hidden on screens narrower than their mark. */
export function defaultVisibility<T extends { id: string }>(
  columns: LogColumn<T>[],
  width: number,
): ColumnVisibilityState {
  return Object.fromEntries(
    columns
      .filter((column) => column.id && (column.meta?.hideBelow ?? 0) > width)
      .map((column) => [column.id as string, false]),
  )
}

/**
 * Which columns show: the person's own choices, remembered per log, over the
 * defaults for the table's width. Only the columns they changed are kept,
 * so the others still give way on a narrower screen.
 */
export function useColumnVisibility<T extends { id: string }>(
  storageKey: string,
  columns: LogColumn<T>[],
  width: number,
) {
  const [chosen, setChosen] = useStoredState<ColumnVisibilityState>(
    `callboard.columns.${storageKey}`,
    () => ({}),
    isVisibility,
  )
  const visibility = useMemo(
    () => ({ ...defaultVisibility(columns, width), ...chosen }),
    [columns, width, chosen],
  )
  const onChange = useCallback(
    (updater: Updater<ColumnVisibilityState>) => {
      const next = resolve(updater, visibility)
      const changed = Object.entries(next).filter(
        ([id, shown]) => shown !== (visibility[id] ?? true),
      )
      setChosen((previous) => ({ ...previous, ...Object.fromEntries(changed) }))
    },
    [visibility, setChosen],
  )
  const reset = useCallback(() => setChosen({}), [setChosen])
  return { visibility, onChange, reset }
}
