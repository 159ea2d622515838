/** The imported data set the embedded backend serves; none: the demo data. */
export type ActiveDataset = {
  id: string
  name: string
  revision: string
  from: number
  to: number
}

/** Where the page remembers which data set it shows, across reloads. */
export const activeDatasetKey = 'callboard.dataset'

/** Storage can hold anything (older versions, hand edits): only this shape counts. */
function isActiveDataset(value: unknown): value is ActiveDataset {
  if (typeof value !== 'object' || value === null) return false
  const set = value as Record<string, unknown>
  return (
    typeof set.id === 'string' &&
    typeof set.name === 'string' &&
    typeof set.revision === 'string' &&
    typeof set.from === 'number' &&
    typeof set.to === 'number'
  )
}

const listeners = new Set<() => void>()
let cached: { text: string | null; value: ActiveDataset | null } | undefined
/** Used when storage is disabled: the switch then holds until reload. */
let inMemory: string | null = null

function readText(): string | null {
  try {
    return window.localStorage.getItem(activeDatasetKey)
  } catch {
    return inMemory
  }
}

function parse(text: string | null): ActiveDataset | null {
  if (text === null) return null
  try {
    const parsed: unknown = JSON.parse(text)
    return isActiveDataset(parsed)
      ? {
          id: parsed.id,
          name: parsed.name,
          revision: parsed.revision,
          from: parsed.from,
          to: parsed.to,
        }
      : null
  } catch {
    return null
  }
}

/**
 * The active set, or null; anything unreadable in storage means the demo
 * data. The same object while it does not change (a store snapshot).
 */
export function activeDataset(): ActiveDataset | null {
  const text = readText()
  if (cached?.text !== text) cached = { text, value: parse(text) }
  return cached.value
}

export function setActiveDataset(next: ActiveDataset | null): void {
  inMemory = next === null ? null : JSON.stringify(next)
  try {
    if (inMemory === null) window.localStorage.removeItem(activeDatasetKey)
    else window.localStorage.setItem(activeDatasetKey, inMemory)
  } catch {
    // Storage can be disabled: kept in memory instead.
  }
  listeners.forEach((listener) => listener())
}

/** For `useSyncExternalStore`: called when the active set changes in this page. */
export function subscribeActiveDataset(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
