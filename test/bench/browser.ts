import { chromium, type Browser, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/support/chromium'

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch(chromiumLaunchOptions())

/**
 * Records, in the page, when an element matching `selector` is first painted
 * (the frame after it enters the DOM), as performance.now() in ms.
 */
// Scripts for the page are strings: tsx rewrites functions with helpers the page lacks.
export async function watchPaint(
  page: Page,
  name: string,
  selector: string,
): Promise<void> {
  await page.addInitScript(`(() => {
    const marks = (window.__marks ??= {})
    const name = ${JSON.stringify(name)}
    const selector = ${JSON.stringify(selector)}
    const check = () => {
      if (marks[name] !== undefined || !document.querySelector(selector)) return false
      requestAnimationFrame(() => { marks[name] ??= performance.now() })
      return true
    }
    const observer = new MutationObserver(() => { if (check()) observer.disconnect() })
    observer.observe(document, { childList: true, subtree: true })
  })()`)
}

export async function readPaint(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction(
    (key) => (window as unknown as { __marks?: Record<string, number> }).__marks?.[key],
    name,
    { timeout: 30_000 },
  )
  return (await handle.jsonValue()) as number
}
