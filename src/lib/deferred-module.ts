import { useEffect, useReducer } from 'react'

/**
 * Code a page may need later (a popover, a dialog): loaded on first use, then
 * kept. `current` is set once it has arrived, so a component can swap a plain
 * stand-in for the real thing in a single render, without a Suspense fallback
 * (which would be a new element and lose the focus).
 */
export type DeferredModule<T> = { current: T | undefined; load: () => Promise<T> }

export function deferredModule<T>(load: () => Promise<T>): DeferredModule<T> {
  let pending: Promise<T> | undefined
  const deferred: DeferredModule<T> = {
    current: undefined,
    load: () =>
      (pending ??= load().then((value) => {
        deferred.current = value
        return value
      })),
  }
  return deferred
}

/** The module once `wanted`, loading it then; undefined until it has arrived. */
export function useDeferredModule<T>(
  deferred: DeferredModule<T>,
  wanted: boolean,
): T | undefined {
  const [, arrived] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    if (wanted && deferred.current === undefined) void deferred.load().then(arrived)
  }, [deferred, wanted])
  return wanted ? deferred.current : undefined
}
