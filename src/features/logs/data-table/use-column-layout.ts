import type { ColumnOrderState, ColumnSizingState, Updater } from '@tanstack/react-table'
import { useCallback, useMemo } from 'react'
import { useStoredState } from '@/lib/use-stored-state'
import {
  defaultColumnLayout,
  isColumnLayout,
  orderedIds,
  type Density,
} from './column-layout'

/** The next state from a TanStack updater: a value, or a function of the previous one. */
export const resolve = <S>(updater: Updater<S>, previous: S): S =>
  typeof updater === 'function' ? (updater as (p: S) => S)(previous) : updater

/** Where a log's column arrangement is remembered: under its column choice, so a saved view takes it too. */
export const columnLayoutKey = (storageKey: string) =>
  `callboard.columns.${storageKey}.layout`

/**
 * A log's column widths, order and density, remembered per log, in the
 * shapes TanStack Table's sizing and ordering features take.
 */
export function useColumnLayout(storageKey: string, ids: readonly string[]) {
  const [layout, setLayout] = useStoredState(
    columnLayoutKey(storageKey),
    () => defaultColumnLayout,
    isColumnLayout,
  )
  const idList = ids.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids, as text, are the dependency
  const columnOrder = useMemo(() => orderedIds(ids, layout.order), [idList, layout.order])
  const onColumnOrderChange = useCallback(
    (updater: Updater<ColumnOrderState>) =>
      setLayout((previous) => ({
        ...previous,
        order: resolve(updater, orderedIds(idList.split(','), previous.order)),
      })),
    [setLayout, idList],
  )
  const onColumnSizingChange = useCallback(
    (updater: Updater<ColumnSizingState>) =>
      setLayout((previous) => ({
        ...previous,
        sizing: resolve(updater, previous.sizing),
      })),
    [setLayout],
  )
  const setDensity = useCallback(
    (density: Density) => setLayout((previous) => ({ ...previous, density })),
    [setLayout],
  )
  const reset = useCallback(() => setLayout(defaultColumnLayout), [setLayout])
  return {
    columnOrder,
    columnSizing: layout.sizing,
    density: layout.density,
    onColumnOrderChange,
    onColumnSizingChange,
    setDensity,
    reset,
  }
}
