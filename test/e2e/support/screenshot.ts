import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'

const folder = fileURLToPath(new URL('../screenshots/', import.meta.url))

/** A full-page PNG in test/e2e/screenshots (git-ignored), for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(folder, { recursive: true })
  const path = `${folder}${name}.png`
  await page.screenshot({ path, fullPage: true, animations: 'disabled' })
  return path
}
