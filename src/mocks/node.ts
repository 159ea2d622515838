import { setupServer } from 'msw/node'
import { localEngine } from './engine/local-engine'
import { createHandlers } from './handlers'
import type { MockSettingsPatch } from './settings/mock-settings'
import {
  resetMockSettings,
  setMockDefaults,
  updateMockSettings,
} from './settings/settings-store'

/**
 * Tests get a small data set, fixed in time, and no latency: fast, and the
 * same on every run and every machine.
 */
export const testMockDefaults = {
  seed: 7,
  calls: 1_500,
  texts: 1_500,
  days: 90,
  now: '2026-03-18T16:30:00.000Z',
  latency: 0,
  failureRate: 0,
  hang: false,
} satisfies MockSettingsPatch

setMockDefaults(testMockDefaults)

/** The embedded backend for vitest: the same handlers the browser uses. */
export const server = setupServer(...createHandlers(localEngine))

/** Changes the mock backend for the current test (test/setup.ts resets it after each). */
export function configureMockBackend(patch: MockSettingsPatch): void {
  updateMockSettings(patch)
}

export function resetMockBackend(): void {
  resetMockSettings()
}
