import { useCallback, useState } from 'react'

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
 * State remembered in localStorage across visits. A stored value that fails
 * `isValid` (old shape, hand-edited) is ignored, never trusted.
 */
export function useStoredState<T>(
  key: string,
  fallback: () => T,
  isValid: (value: unknown) => value is T,
): [T, (next: T | ((previous: T) => T)) => void] {
  const [value, setValue] = useState(() => read(key, fallback, isValid))
  const update = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValue((previous) => {
        const resolved =
          typeof next === 'function' ? (next as (p: T) => T)(previous) : next
        try {
          window.localStorage.setItem(key, JSON.stringify(resolved))
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
