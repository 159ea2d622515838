import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'

function read<T>(
  key: string,
  fallback: () => T,
  isValid: (value: unknown) => value is T,
): T {
  try {
    const text = window.localStorage.getItem(key)
    if (text === null) return fallback()
    const value: unknown = JSON.parse(text)
    return isValid(value) ? value : fallback()
  } catch {
    return fallback()
  }
}

/**
 * Dispatched with a key's name when it was written outside the hook (a saved
 * view put back: src/features/views/column-state.ts).
 */
const storedEvent = 'callboard:stored'

/**
 * Dispatched with a key's name after the hook wrote it (a column resized):
 * the saved views compare the columns with their own.
 */
const writtenEvent = 'callboard:written'

/**
 * State remembered in localStorage across visits, and read again when
 * a `callboard:stored` event names its key. A stored value that fails
 * `isValid` (old shape, hand-edited) is ignored, never trusted.
 */
export function useStoredState<T>(
  key: string,
  fallback: () => T,
  isValid: (value: unknown) => value is T,
): [T, (next: T | ((previous: T) => T)) => void] {
  const [value, setValue] = useState(() => read(key, fallback, isValid))
  const reading = useRef({ fallback, isValid })
  useLayoutEffect(() => {
    reading.current = { fallback, isValid }
  })
  useEffect(() => {
    const onStored = (event: Event) => {
      if ((event as CustomEvent<string>).detail !== key) return
      const { fallback: orElse, isValid: check } = reading.current
      setValue(read(key, orElse, check))
    }
    window.addEventListener(storedEvent, onStored)
    return () => window.removeEventListener(storedEvent, onStored)
  }, [key])
  const update = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValue((previous) => {
        const resolved =
          typeof next === 'function' ? (next as (p: T) => T)(previous) : next
        try {
          window.localStorage.setItem(key, JSON.stringify(resolved))
          // After this render: listeners may set state of their own.
          queueMicrotask(() =>
            window.dispatchEvent(new CustomEvent(writtenEvent, { detail: key })),
          )
        } catch {
          // Private mode or a full quota: the choice lasts for this visit only.
        }
        return resolved
      })
    },
    [key],
  )
  return [value, update]
}
