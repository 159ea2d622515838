import { useEffect, useState } from 'react'

/** A module loaded on demand, once; its value kept for every later render. */
export type LazyModule<T> = { load: () => Promise<T>; loaded?: T; loading?: Promise<T> }

export const lazyModule = <T>(load: () => Promise<T>): LazyModule<T> => ({ load })

export function preloadModule<T>(module: LazyModule<T>): Promise<T> {
  module.loading ??= module.load().then((loaded) => (module.loaded = loaded))
  return module.loading
}

/**
 * The module once loaded (asked for when `when` turns true), else undefined.
 * Not React.lazy: a Suspense boundary holds back content that resolves soon
 * after its fallback (up to 300 ms a boundary, React 19's reveal throttle),
 * which the histogram paid twice on its way after the first rows.
 */
export function useLazyModule<T>(module: LazyModule<T>, when = true): T | undefined {
  const [loaded, setLoaded] = useState(module.loaded)
  useEffect(() => {
    if (!when || loaded !== undefined) return
    let live = true
    preloadModule(module).then(
      (value) => live && setLoaded(value),
      // A chunk that fails to load leaves the room empty; the log itself is unaffected.
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [module, when, loaded])
  return when ? (loaded ?? module.loaded) : undefined
}
