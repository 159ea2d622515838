import type { MockSettingsPatch } from './mock-settings'

/** Where the browser keeps mock settings; Playwright sets it in an init script. */
export const storageKey = 'callboard.mock'

export function readStoredSettings(): unknown {
  try {
    const text = window.localStorage.getItem(storageKey)
    return text === null ? {} : (JSON.parse(text) as unknown)
  } catch {
    return {}
  }
}

export function writeStoredSettings(patch: MockSettingsPatch): void {
  try {
    const stored = readStoredSettings()
    const base = typeof stored === 'object' && stored !== null ? stored : {}
    window.localStorage.setItem(storageKey, JSON.stringify({ ...base, ...patch }))
  } catch {
    // Storage can be full or disabled; the setting still holds until reload.
  }
}

export function clearStoredSettings(): void {
  try {
    window.localStorage.removeItem(storageKey)
  } catch {
    // nothing to clear
  }
}
