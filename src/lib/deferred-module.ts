import { useEffect, useReducer } from 'react'

/**
 * Code a page may need later (a popover, a dialog, the log's histogram):
 * loaded on first use, then kept. `current` is set once it has arrived, so a
 * component can swap a plain stand-in for the real thing in a single render,
 * without a Suspense fallback (which would be a new element and lose the
 * focus, and holds back content that resolves soon after it: up to 300 ms a
 * boundary, React 19's reveal throttle).
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

/** Starts loading ahead of need; a chunk that fails is left to whoever wants it. */
export function preloadDeferred<T>(deferred: DeferredModule<T>): void {
  deferred.load().catch(ignoreFailure)
}

/**
 * The module once `wanted`, loading it then; undefined until it has arrived.
 * A chunk that fails to load leaves it undefined: the stand-in stays, and
 * the page around it is unaffected.
 */
export function useDeferredModule<T>(
  deferred: DeferredModule<T>,
  wanted = true,
): T | undefined {
  const [, arrived] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    if (wanted && deferred.current === undefined)
      deferred.load().then(arrived, ignoreFailure)
  }, [deferred, wanted])
  return wanted ? deferred.current : undefined
}

const ignoreFailure = () => undefined
