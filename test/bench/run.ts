/**
 * npm run bench: builds the app, serves the production build, drives headless
 * Chromium and prints one JSON object of figures (median, min and max of
 * several runs), so any two commits can be compared.
 *
 *   --quick      sizes only, and fail when a size budget is exceeded (CI)
 *   --no-build   reuse dist/
 *   --runs=N     runs per timed figure (default 5)
 *   --only=log,insights,lighthouse,shell,mock,import   the timed sections to run (default all)
 *   --import-runs=N   runs of the 500,000-row import (default 1: about a minute each)
 *   BENCH_PORT=N  serve on port N (default: a free port)
 *   --mock-sizes=100000,500000   data-set sizes for the mock backend's figures
 *
 * A missed budget is listed under `failures` and on stderr, and the run exits 1.
 */
import { execSync, spawnSync } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  budgetFailures,
  budgets,
  checksTable,
  firstPageCheck,
  importChecks,
  insightsChecks,
  lighthouseCheck,
  logPageChecks,
  type Check,
} from './budgets'
import { analyzeBundle, type BundleReport } from './bundle'
import { launchBrowser, readPaint, watchPaint } from './browser'
import { importFigures } from './import'
import { insightsFigures } from './insights'
import { lighthouseFigures } from './lighthouse'
import { logPageFigures } from './log-figures'
import { firstRowSelector } from './log-page'
import { mockFigures, mockTargetMisses, mockTargets } from './mock'
import { portFromEnv } from '../e2e/support/free-port'
import { startPreview } from './preview-server'
import { summarize, type Summary } from './summary'

const root = fileURLToPath(new URL('../..', import.meta.url))
const args = new Set(process.argv.slice(2))
const quick = args.has('--quick')
const option = (name: string) =>
  [...args].find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const runs = Number(option('runs') ?? 5)
const sections = new Set(
  (option('only') ?? 'log,insights,lighthouse,shell,mock,import').split(','),
)
const importRuns = Number(option('import-runs') ?? 1)
const mockSizes = (option('mock-sizes') ?? '100000,500000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0)

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10

function build(): void {
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('The build failed.')
}

function sizes(report: BundleReport) {
  const sum = (group: string) =>
    report.chunks.filter((c) => c.group === group).reduce((s, c) => s + c.gzipBytes, 0)
  return {
    entryJsGzipKB: kb(sum('entry')),
    mockJsGzipKB: kb(report.mockGzipBytes),
    chunks: report.chunks
      .map((c) => ({ file: c.file, group: c.group, gzipKB: kb(c.gzipBytes) }))
      .sort((a, b) => b.gzipKB - a.gzipKB),
  }
}

/**
 * Gzip size of the JS a first visit to the Activity Log downloads before its
 * first rows are presented, mock chunks excluded: what the person waits for.
 * What loads after the rows (the histogram's chart and recharts) is not counted.
 */
async function firstPageJs(baseUrl: string, report: BundleReport) {
  const browser = await launchBrowser()
  try {
    const page = await browser.newPage()
    await watchPaint(page, 'rows', firstRowSelector)
    await page.goto(`${baseUrl}/calls`)
    const rows = await readPaint(page, 'rows')
    const requested = await page.evaluate<string[]>(
      `performance.getEntriesByType('resource')
        .filter((entry) => entry.startTime < ${rows} && new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => new URL(entry.name).pathname.slice(1))`,
    )
    const files = new Set(requested)
    const loaded = report.chunks.filter((c) => files.has(c.file) && c.group !== 'mock')
    return {
      gzipKB: kb(loaded.reduce((s, c) => s + c.gzipBytes, 0)),
      files: loaded.map((c) => c.file),
    }
  } finally {
    await browser.close()
  }
}

async function shellPaint(baseUrl: string): Promise<Summary> {
  const browser = await launchBrowser()
  const values: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await watchPaint(page, 'shell', 'nav[aria-label="Sections"]')
      await page.goto(`${baseUrl}/calls`)
      values.push(await readPaint(page, 'shell'))
      await context.close()
    }
  } finally {
    await browser.close()
  }
  return summarize(values)
}

/** The mock backend's build, query, stats and heap figures per data-set size. */
async function mockBackend(baseUrl: string, failures: string[]) {
  const browser = await launchBrowser()
  try {
    const bySize: Record<string, unknown> = { targetsAt100000: mockTargets }
    for (const size of mockSizes) {
      const figures = await mockFigures(browser, baseUrl, size, runs)
      bySize[String(size)] = figures
      if (size === 100_000) failures.push(...mockTargetMisses(figures))
    }
    return bySize
  } finally {
    await browser.close()
  }
}

function machine() {
  const chromium = (() => {
    try {
      return execSync(`${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --version`, {
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .toString()
        .trim()
    } catch {
      return 'unknown'
    }
  })()
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    node: process.version,
    chromium,
    // Other work on the machine slows every timing: the 1, 5 and 15 minute load when done.
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  }
}

async function activityLog(baseUrl: string, checks: Check[]) {
  const browser = await launchBrowser()
  try {
    const figures = await logPageFigures(browser, baseUrl, runs)
    checks.push(...logPageChecks(figures))
    return figures
  } finally {
    await browser.close()
  }
}

async function insights(baseUrl: string, checks: Check[]) {
  const browser = await launchBrowser()
  try {
    const figures = await insightsFigures(browser, baseUrl, runs)
    checks.push(...insightsChecks(figures))
    return figures
  } finally {
    await browser.close()
  }
}

async function importing(baseUrl: string, checks: Check[]) {
  const browser = await launchBrowser()
  try {
    const figures = await importFigures(browser, baseUrl, importRuns)
    checks.push(...importChecks(figures))
    return figures
  } finally {
    await browser.close()
  }
}

async function main() {
  if (!args.has('--no-build')) build()
  const report = analyzeBundle(join(root, 'dist'))
  // BENCH_PORT, or a free port chosen now.
  const server = await startPreview(root, await portFromEnv('BENCH_PORT'))
  const failures: string[] = []
  const checks: Check[] = []
  try {
    const firstPage = await firstPageJs(server.url, report)
    checks.push(firstPageCheck(firstPage.gzipKB))
    if (report.leaks.length > 0)
      failures.push(`mock code in app chunks: ${report.leaks.join(', ')}`)
    const result: Record<string, unknown> = {
      date: new Date().toISOString(),
      machine: machine(),
      budgets,
      firstPageJsGzipKB: firstPage.gzipKB,
      firstPageJsFiles: firstPage.files,
      ...sizes(report),
    }
    if (!quick) {
      if (sections.has('log')) result.activityLog = await activityLog(server.url, checks)
      if (sections.has('insights')) result.insights = await insights(server.url, checks)
      if (sections.has('lighthouse')) {
        const lighthouse = await lighthouseFigures(server.url, runs)
        checks.push(lighthouseCheck(lighthouse.score))
        result.lighthouse = lighthouse
      }
      if (sections.has('shell')) result.shellPaintMs = await shellPaint(server.url)
      if (sections.has('mock')) result.mock = await mockBackend(server.url, failures)
      if (sections.has('import')) result.import = await importing(server.url, checks)
    }
    failures.unshift(...budgetFailures(checks))
    result.checks = checks
    result.failures = failures
    console.log(JSON.stringify(result, null, 2))
    console.error(`\n${checksTable(checks)}\n`)
  } finally {
    server.stop()
  }
  if (failures.length > 0) {
    console.error(`Budget exceeded:\n- ${failures.join('\n- ')}`)
    process.exit(1)
  }
}

await main()
