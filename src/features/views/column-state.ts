import { hasColumns, type ViewScope } from './view-key'

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

/** The column state as stored now; none on a page without a table. */
export function captureColumns(scope: ViewScope): Record<string, unknown> {
  const columns: Record<string, unknown> = {}
  if (!hasColumns(scope)) return columns
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
 * Calls `onChange` when the table writes one of its keys (useStoredState's
 * `callboard:written`, src/lib, named here so this lazy module shares no chunk
 * with the table's) or a view puts them back; returns the way to stop.
 */
export function watchColumns(scope: string, onChange: () => void): () => void {
  const listener = (event: Event) => {
    const key = (event as CustomEvent<unknown>).detail
    if (typeof key === 'string' && columnKeyOf(scope, key)) onChange()
  }
  const events = ['callboard:written', 'callboard:stored']
  for (const name of events) window.addEventListener(name, listener)
  return () => {
    for (const name of events) window.removeEventListener(name, listener)
  }
}

/**
 * Tells the table a key changed: the event useStoredState (src/lib) listens
 * for, dispatched here so this lazy module shares no chunk with the table's.
 */
const notifyStored = (key: string) =>
  window.dispatchEvent(new CustomEvent('callboard:stored', { detail: key }))

/** Puts a view's column state back, and tells the table. */
export function restoreColumns(scope: ViewScope, columns: Record<string, unknown>) {
  if (!hasColumns(scope)) return
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
