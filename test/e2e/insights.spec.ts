import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { screenshot } from './support/screenshot'

const root = fileURLToPath(new URL('../..', import.meta.url))

// A fixed data set and range, so every figure stays put from run to run.
const mock = { panel: false, now: '2026-03-18T16:30:00Z' }
const range = 'from=2026-02-16T00:00:00.000Z&to=2026-03-16T00:00:00.000Z'

test.use({ timezoneId: 'UTC' })

async function open(page: Page, path: string) {
  await page.addInitScript(
    `localStorage.setItem('callboard.mock', ${JSON.stringify(JSON.stringify(mock))})`,
  )
  await page.goto(path)
}

const number = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''))

/** Every count drawn in a distribution chart: the outcome groups plus what is under way. */
async function chartTotal(chart: Locator, noun: string): Promise<number> {
  // The first stats of a cold mock wait for its data set to be built.
  await expect(chart.locator('button[data-mark]').first()).toBeVisible({
    timeout: 30_000,
  })
  const labels = await chart
    .locator('button[data-mark]')
    .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('aria-label') ?? ''))
  const counts = labels.map((label) => new RegExp(`: ([\\d,]+) ${noun}`).exec(label)?.[1])
  expect(counts.every((count) => count !== undefined)).toBe(true)
  return counts.reduce((sum, count) => sum + number(count ?? '0'), 0)
}

/** The log's own summary above its table: "12,345 calls". */
async function logTotal(page: Page, noun: string): Promise<number> {
  const summary = page.getByText(new RegExp(`^[\\d,]+ ${noun}$`)).first()
  await expect(summary).toBeVisible({ timeout: 20_000 })
  await expect(page.getByText('updating…')).toHaveCount(0)
  return number(await summary.textContent())
}

const callFilters = [
  '',
  'vendor=ctm&direction=inbound',
  'status=ctm.call.busy,messenger.call.busy,routee.call.no-answer',
  'outcome=not-answered,connected&agent=ana-ruiz',
  'source=google-ads&direction=inbound&q=a',
]

for (const filters of callFilters) {
  test(`the calls charts and the Activity Log agree to the call (${filters || 'no filters'})`, async ({
    page,
  }) => {
    await open(page, `/insights?${range}&${filters}`)
    const chart = page.getByRole('region', { name: 'Calls by outcome' })
    const charted = await chartTotal(chart, 'calls?')
    const kpi = number(
      await page
        .getByRole('group', { name: 'Calls', exact: true })
        .locator('p')
        .nth(1)
        .textContent(),
    )
    expect(kpi).toBe(charted)
    await page.goto(`/calls?${range}&${filters}`)
    expect(await logTotal(page, 'calls?')).toBe(charted)
  })
}

test('the texts charts and the Text Log agree, with call-only filters set aside', async ({
  page,
}) => {
  await open(page, `/insights?${range}&direction=outbound&agent=ana-ruiz`)
  await expect(page.getByText('The agent filter applies to calls only')).toBeVisible()
  const charted = await chartTotal(
    page.getByRole('region', { name: 'Texts by outcome' }),
    'texts?',
  )
  await page.goto(`/texts?${range}&direction=outbound`)
  expect(await logTotal(page, 'texts?')).toBe(charted)
})

test('a click on a bar opens the log filtered to it, with the same count', async ({
  page,
}) => {
  await open(page, `/insights?${range}`)
  const chart = page.getByRole('region', { name: 'Calls by outcome' })
  await chart.getByRole('button', { name: 'Show the statuses in Not answered' }).click()
  const busy = chart.getByRole('button', { name: /^Busy · CTM: / })
  const count = number(
    /: ([\d,]+) calls/.exec((await busy.getAttribute('aria-label')) ?? '')?.[1] ?? '',
  )
  await busy.click()
  await expect(page).toHaveURL(/\/calls\?.*status=ctm\.call\.busy/)
  expect(new URL(page.url()).searchParams.get('from')).toBe('2026-02-16T00:00:00.000Z')
  expect(await logTotal(page, 'calls?')).toBe(count)
})

test('dragging across the histogram narrows the log’s time range', async ({ page }) => {
  await open(page, `/calls?${range}`)
  const before = await logTotal(page, 'calls')
  const bars = page.getByRole('group', { name: /^Calls over time/ })
  await expect(bars.getByRole('button')).toHaveCount(28)
  const box = await bars.boundingBox()
  if (!box) throw new Error('The histogram has no box.')
  const barWidth = box.width / 28
  const y = box.y + box.height / 2
  await page.mouse.move(box.x + barWidth * 3.5, y)
  await page.mouse.down()
  await page.mouse.move(box.x + barWidth * 5, y, { steps: 4 })
  await page.mouse.move(box.x + barWidth * 6.5, y, { steps: 4 })
  await page.mouse.up()
  await expect(page).toHaveURL(
    /from=2026-02-19T00%3A00%3A00\.000Z|from=2026-02-19T00:00:00\.000Z/,
  )
  const url = new URL(page.url())
  expect(url.searchParams.get('from')).toBe('2026-02-19T00:00:00.000Z')
  expect(url.searchParams.get('to')).toBe('2026-02-23T00:00:00.000Z')
  const after = await logTotal(page, 'calls')
  expect(after).toBeLessThan(before)
  // The narrowed histogram counts what the narrowed table counts.
  await expect(page.locator('[data-histogram]').getByText(/^[\d,]+ calls$/)).toHaveText(
    `${after.toLocaleString('en-US')} calls`,
  )
  await screenshot(page, 'calls-histogram-narrowed')
})

test('a click on a part of a volume bar or a donut slice opens the log filtered to it', async ({
  page,
}) => {
  await open(page, `/insights?${range}`)
  const volume = page.getByRole('region', { name: 'Calls over time' })
  const first = volume
    .getByRole('group', { name: /^Calls per day/ })
    .getByRole('button')
    .first()
  await expect(first).toBeVisible({ timeout: 30_000 })
  await first.scrollIntoViewIfNeeded()
  const box = await first.boundingBox()
  if (!box) throw new Error('The first bar has no box.')
  // The bottom of a bar is its first group: Connected.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4)
  await expect(volume.getByText('Connected · Feb 16')).toBeVisible()
  await page.mouse.down()
  await page.mouse.up()
  await expect(page).toHaveURL(/\/calls\?/)
  let url = new URL(page.url())
  expect(url.searchParams.get('from')).toBe('2026-02-16T00:00:00.000Z')
  expect(url.searchParams.get('to')).toBe('2026-02-17T00:00:00.000Z')
  expect(url.searchParams.get('outcome')).toBe('connected')

  await page.goBack()
  const donut = page
    .getByRole('region', { name: 'Calls by outcome' })
    .getByRole('img', { name: /calls with an outcome/ })
  await expect(donut).toBeVisible({ timeout: 30_000 })
  await donut.scrollIntoViewIfNeeded()
  const ring = await donut.boundingBox()
  if (!ring) throw new Error('The donut has no box.')
  // Just right of twelve o'clock: the first slice, Connected.
  await page.mouse.click(ring.x + ring.width / 2 + 10, ring.y + 6)
  await expect(page).toHaveURL(/\/calls\?.*outcome=connected/)
  url = new URL(page.url())
  expect(url.searchParams.get('from')).toBe('2026-02-16T00:00:00.000Z')
})

test('Insights code loads with Insights only, never on the first page', async ({
  page,
}) => {
  const modules = JSON.parse(
    readFileSync(join(root, 'dist/.vite/chunk-modules.json'), 'utf8'),
  ) as Record<string, string[]>
  const chartChunks = Object.entries(modules)
    .filter(([, ids]) =>
      ids.some((id) => id.endsWith('src/features/insights/volume/volume-chart.tsx')),
    )
    .map(([file]) => file)
  expect(chartChunks.length).toBeGreaterThan(0)
  // recharts (bar the few parts only Insights uses) is a chunk of its own, shared
  // by Insights and the log's histogram, and never part of the first page.
  const rechartsChunks = Object.entries(modules)
    .filter(([, ids]) => ids.some((id) => id.includes('node_modules/recharts/')))
    .map(([file]) => file)
  expect(rechartsChunks).toContainEqual(expect.stringMatching(/^assets\/recharts-/))
  const html = readFileSync(join(root, 'dist/index.html'), 'utf8')
  for (const file of [...chartChunks, ...rechartsChunks]) expect(html).not.toContain(file)

  const scripts: string[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url())
  })
  await open(page, `/calls?${range}`)
  await expect(page.locator('[data-histogram] svg path').first()).toBeAttached()
  expect(scripts.filter((url) => chartChunks.some((file) => url.endsWith(file)))).toEqual(
    [],
  )
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Insights' })
    .click()
  await expect(page.getByRole('region', { name: 'Calls over time' })).toBeVisible()
  expect(scripts.some((url) => chartChunks.some((file) => url.endsWith(file)))).toBe(true)
})

test('each card shows its figures as a table, and its chart again', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await open(page, `/insights?${range}`)
  const heads: Record<string, string[]> = {
    'Calls by outcome': ['Outcome group', 'Status', 'Calls', 'Share'],
    'Calls by vendor': ['Vendor', 'Connected'],
    'Calls over time': ['Day', 'Connected'],
    'Calls by agent': ['Agent', 'Calls', 'Answered', 'Share answered'],
  }
  for (const [name, first] of Object.entries(heads)) {
    const card = page.getByRole('region', { name, exact: true })
    const toggle = card.getByRole('button', { name: `Table view of ${name}` })
    await toggle.click({ timeout: 30_000 })
    const table = card.getByRole('table')
    const columns = await table.getByRole('columnheader').allTextContents()
    expect(columns.slice(0, first.length)).toEqual(first)
    expect(await table.getByRole('rowheader').count()).toBeGreaterThan(1)
    await screenshot(page, `insights-table-${name.toLowerCase().replaceAll(' ', '-')}`)
  }
  const outcomes = page.getByRole('region', { name: 'Calls by outcome', exact: true })
  await outcomes.getByRole('button', { name: 'Chart view of Calls by outcome' }).click()
  await expect(outcomes.getByRole('table')).toHaveCount(0)
  await expect(outcomes.locator('path[data-mark]').first()).toBeVisible()
})

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 768]) {
    test(`Insights looks right (${scheme}, ${width} px)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.setViewportSize({ width, height: 900 })
      await open(page, `/insights?${range}`)
      await expect(
        page.locator('[data-chart="texts-over-time"] path[data-mark]').first(),
      ).toBeVisible({ timeout: 30_000 })
      await expect(
        page.locator('[data-chart="calls-by-outcome"] path[data-mark]').first(),
      ).toBeVisible()
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      await screenshot(page, `insights-${scheme}-${width}`)
    })
  }
  test(`the Activity Log shows its histogram (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await open(page, `/calls?${range}`)
    await expect(page.locator('[data-histogram] svg path').first()).toBeAttached()
    await screenshot(page, `calls-histogram-${scheme}`)
  })
}
