import type { Page } from '@playwright/test'

/** Mock backend settings, as a test sets them: in localStorage, before the app loads. */
export const withMock = (page: Page, settings: Record<string, unknown>) =>
  page.addInitScript(
    `localStorage.setItem('callboard.mock', ${JSON.stringify(JSON.stringify(settings))})`,
  )

/** A fixed data set, so runs are comparable; ending now keeps the default range full. */
export const demoData = { seed: 20260301, calls: 20_000, texts: 20_000 }
