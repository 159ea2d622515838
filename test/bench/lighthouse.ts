/**
 * Lighthouse's performance score on /calls, desktop preset, run against the
 * production build in Debian's headless Chromium (offline: nothing is
 * downloaded). Lighthouse clears the origin's storage before each run, so
 * every run is a first visit with the demo's default data set.
 */
import { Launcher, launch } from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { benchLaunchOptions } from './browser'
import { summarize, type Summary } from './summary'

export type LighthouseFigures = {
  path: string
  score: Summary
  /** The metrics the score is made of, in ms (CLS unitless). */
  metrics: Record<string, Summary>
}

const metricIds = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  speedIndexMs: 'speed-index',
  cls: 'cumulative-layout-shift',
} as const

/** chrome-launcher's flags with the bench's, one merged --disable-features (Chromium keeps the last). */
async function chromeFlags(): Promise<string[]> {
  const bench = (await benchLaunchOptions()).args ?? []
  const all = [...Launcher.defaultFlags(), ...bench, '--headless=new']
  const features = all
    .filter((flag) => flag.startsWith('--disable-features='))
    .flatMap((flag) => flag.slice('--disable-features='.length).split(','))
  return [
    ...new Set(all.filter((flag) => !flag.startsWith('--disable-features='))),
    `--disable-features=${[...new Set(features)].join(',')}`,
  ]
}

export async function lighthouseFigures(
  baseUrl: string,
  runs: number,
  path = '/calls',
): Promise<LighthouseFigures> {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: await chromeFlags(),
    ignoreDefaultFlags: true,
    logLevel: 'silent',
  })
  const scores: number[] = []
  const metrics: Record<string, number[]> = {}
  try {
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(
        `${baseUrl}${path}`,
        { port: chrome.port, output: 'json', logLevel: 'error' },
        desktopConfig,
      )
      const lhr = result?.lhr
      const score = lhr?.categories.performance?.score
      if (!lhr || score === undefined || score === null) {
        throw new Error(
          `Lighthouse gave no performance score: ${lhr?.runtimeError?.message}`,
        )
      }
      scores.push(Math.round(score * 100))
      for (const [name, id] of Object.entries(metricIds)) {
        ;(metrics[name] ??= []).push(lhr.audits[id]?.numericValue ?? NaN)
      }
    }
  } finally {
    chrome.kill()
  }
  return {
    path,
    score: summarize(scores),
    metrics: Object.fromEntries(
      Object.entries(metrics).map(([name, values]) => [name, summarize(values)]),
    ),
  }
}
