import { readFileSync } from 'node:fs'
import { chromium, type Browser, type LaunchOptions, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../e2e/support/chromium'
import { presentedScript } from './paint'

const omniboxPopup = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
]

/** Playwright's own --disable-features argument, read off a probe launch's command line. */
async function playwrightDisableFeatures(): Promise<string | undefined> {
  const server = await chromium.launchServer(chromiumLaunchOptions())
  try {
    const pid = server.process().pid
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
    return args.find((arg) => arg.startsWith('--disable-features='))
  } catch {
    return undefined // not Linux: keep Playwright's list, omnibox popup and all
  } finally {
    await server.close()
  }
}

/**
 * Chromium as the browser tests run it, minus the omnibox popup's WebUI that
 * new headless builds in the background of every window: on a small machine
 * it competes with the page for the CPU and blurs every timing. Chromium
 * takes only the last --disable-features, so Playwright's list is extended.
 */
export async function benchLaunchOptions(): Promise<LaunchOptions> {
  const options = chromiumLaunchOptions()
  const defaults = await playwrightDisableFeatures()
  if (!defaults) return options
  return {
    ...options,
    ignoreDefaultArgs: [defaults],
    args: [...(options.args ?? []), [defaults, ...omniboxPopup].join(',')],
  }
}

export const launchBrowser = async (): Promise<Browser> =>
  chromium.launch(await benchLaunchOptions())

/**
 * Records, in the page, when an element matching `selector` is first presented
 * (the frame after it enters the DOM, once that frame is produced), as
 * performance.now() in ms since navigation.
 */
// Scripts for the page are strings: tsx rewrites functions with helpers the page lacks.
export async function watchPaint(
  page: Page,
  name: string,
  selector: string,
): Promise<void> {
  await page.addInitScript(`(() => {
    ${presentedScript}
    const marks = (window.__marks ??= {})
    const name = ${JSON.stringify(name)}
    const selector = ${JSON.stringify(selector)}
    let seen = false
    const check = () => {
      if (seen || !document.querySelector(selector)) return false
      seen = true
      presented((now) => { marks[name] ??= now })
      return true
    }
    const observer = new MutationObserver(() => { if (check()) observer.disconnect() })
    observer.observe(document, { childList: true, subtree: true, attributes: true })
  })()`)
}

/**
 * Waits for the mark `name`, polling in the page: no Playwright selector
 * engine gets injected, whose setup would compete with the page being timed.
 */
export async function readPaint(page: Page, name: string): Promise<number> {
  return page.evaluate<number>(`new Promise((resolve, reject) => {
    const deadline = performance.now() + 60000
    const poll = () => {
      const value = window.__marks && window.__marks[${JSON.stringify(name)}]
      if (value !== undefined) resolve(value)
      else if (performance.now() > deadline) reject(new Error('No ${name} mark within 60 s.'))
      else setTimeout(poll, 50)
    }
    poll()
  })`)
}
