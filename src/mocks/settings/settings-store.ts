import { applySettings, defaultSettings, type MockSettings } from './mock-settings'

let defaults: MockSettings = defaultSettings
let current: MockSettings = defaultSettings

export function mockSettings(): MockSettings {
  return current
}

/** What `resetMockSettings` returns to: the browser's or the tests' defaults. */
export function setMockDefaults(input: unknown): void {
  defaults = applySettings(defaultSettings, input)
  current = defaults
}

export function updateMockSettings(input: unknown): MockSettings {
  current = applySettings(current, input)
  return current
}

export function resetMockSettings(): void {
  current = defaults
}
