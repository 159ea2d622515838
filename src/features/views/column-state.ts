/**
 * The table keeps its column state in localStorage under
 * `callboard.columns.<log>` (and keys below it, `callboard.columns.<log>.…`).
 * A view takes all of it, whatever its shape: the table checks it when it reads it.
 */
const prefix = (scope: string) => `callboard.columns.${scope}`

export const columnKeyOf = (scope: string, key: string) =>
  key === prefix(scope) || key.startsWith(`${prefix(scope)}.`)

function storedKeys(scope: string): string[] {
  const keys: string[] = []
  for (let i = 0; i < window.localStorage.length; i++) {
    const key = window.localStorage.key(i)
    if (key !== null && columnKeyOf(scope, key)) keys.push(key)
  }
  return keys
}

/** The column state as stored now. */
export function captureColumns(scope: string): Record<string, unknown> {
  const columns: Record<string, unknown> = {}
  try {
    for (const key of storedKeys(scope)) {
      const text = window.localStorage.getItem(key)
      if (text !== null) columns[key] = JSON.parse(text) as unknown
    }
  } catch {
    // Unreadable state is not worth keeping: the table would ignore it too.
  }
  return columns
}

/**
 * Tells the table a key changed: the event useStoredState (src/lib) listens
 * for, dispatched here so this lazy module shares no chunk with the table's.
 */
const notifyStored = (key: string) =>
  window.dispatchEvent(new CustomEvent('callboard:stored', { detail: key }))

/** Puts a view's column state back, and tells the table. */
export function restoreColumns(scope: string, columns: Record<string, unknown>) {
  const touched = new Set([prefix(scope)])
  try {
    for (const key of storedKeys(scope)) {
      touched.add(key)
      if (!(key in columns)) window.localStorage.removeItem(key)
    }
    for (const [key, value] of Object.entries(columns)) {
      if (!columnKeyOf(scope, key)) continue
      touched.add(key)
      window.localStorage.setItem(key, JSON.stringify(value))
    }
  } catch {
    // Private mode or a full quota: the table keeps its columns.
  }
  for (const key of touched) notifyStored(key)
}
