import { expect, test, type Page } from '@playwright/test'
import { withMock } from './support/mock'
import { screenshot } from './support/screenshot'

type Answer = { status: number; type: string; body: Record<string, unknown> }

const api = (page: Page, path: string) =>
  page.evaluate<Answer>(
    `fetch(${JSON.stringify(path)}).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), body: await r.json() }))`,
  )

test('the embedded backend serves the data set localStorage asks for', async ({
  page,
}) => {
  await withMock(page, { calls: 321, texts: 12, seed: 5, now: '2026-03-18T16:30:00Z' })
  await page.goto('/calls')
  await expect(page.getByText('Demo data')).toBeVisible()
  const calls = await api(page, '/api/v1/calls?limit=2&sort=-duration')
  expect(calls.status).toBe(200)
  expect(calls.body).toMatchObject({ total: 321 })
  const texts = await api(page, '/api/v1/texts/stats?interval=week&tz=Europe/London')
  expect(texts.body).toMatchObject({ kpis: { total: 12 } })
  const builds = await page.evaluate(
    `performance.getEntriesByName('mock:build').map((m) => m.detail.size)`,
  )
  expect(builds).toEqual([321, 12])
})

test('the data set is built and queried in a worker, off the page’s thread', async ({
  page,
}) => {
  await withMock(page, { calls: 400, texts: 40, seed: 9, now: '2026-03-18T16:30:00Z' })
  await page.goto('/calls')
  await expect(page.getByText(/^[\d,]+ calls$/).first()).toBeVisible()
  expect(page.workers().map((worker) => worker.url())).toEqual(
    expect.arrayContaining([expect.stringMatching(/\/assets\/engine-worker-.*\.js$/)]),
  )
  // The page itself never loaded the generator: its in-page fallback stayed unused.
  const scripts = await page.evaluate(
    `performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.js'))`,
  )
  expect(scripts).not.toEqual(
    expect.arrayContaining([expect.stringMatching(/local-engine-.*\.js$/)]),
  )
})

test('MSW’s service worker answers the API, as DevTools’ Network panel shows', async ({
  page,
}) => {
  await withMock(page, { calls: 60, texts: 6, seed: 3 })
  const apiAnswers: { url: string; fromServiceWorker: boolean }[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/'))
      apiAnswers.push({
        url: response.url(),
        fromServiceWorker: response.fromServiceWorker(),
      })
  })
  let documents = 0
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame())
      documents += 1
  })
  await page.goto('/calls')
  await expect(page.getByText(/^[\d,]+ calls$/).first()).toBeVisible()
  // The histogram asks for its figures once the rows are in: wait until it shows them.
  await expect(page.locator('[data-histogram="calls"]')).toHaveAttribute(
    'data-drawn',
    'true',
  )
  // Registered once, by MSW, without reloading the page on a first visit.
  expect(documents).toBe(1)
  const registrations = await page.evaluate<string[]>(
    `navigator.serviceWorker.getRegistrations().then((all) => all.map((r) => r.active?.scriptURL))`,
  )
  expect(registrations).toEqual([expect.stringMatching(/\/mockServiceWorker\.js$/)])
  // The app's own first requests: the health check, the log and its histogram.
  expect(apiAnswers.length).toBeGreaterThanOrEqual(3)
  expect(apiAnswers.filter((answer) => !answer.fromServiceWorker)).toEqual([])

  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/v1/calls?limit=3')),
    api(page, '/api/v1/calls?limit=3'),
  ])
  expect(response.fromServiceWorker()).toBe(true)
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({ total: 60 })
})

test('a failure rate of 1 fails data requests with a 500 problem', async ({ page }) => {
  await withMock(page, { calls: 50, failureRate: 1 })
  await page.goto('/calls')
  await expect(page.getByText('Demo data')).toBeVisible()
  const answer = await api(page, '/api/v1/calls')
  expect(answer.status).toBe(500)
  expect(answer.type).toContain('application/problem+json')
})

test('the dev panel opens from its corner button and closes on Escape', async ({
  page,
}) => {
  await withMock(page, { calls: 50, texts: 50, panel: true })
  await page.goto('/calls')
  await page.getByRole('button', { name: 'Mock backend settings' }).click()
  const panel = page.getByRole('dialog', { name: 'Mock backend settings' })
  await expect(panel).toBeVisible()
  await panel.getByLabel('Calls').selectOption('10000')
  await expect(panel.getByRole('button', { name: 'Reload to apply' })).toBeEnabled()
  await screenshot(page, 'mock-dev-panel')
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  const stored = await page.evaluate(`localStorage.getItem('callboard.mock')`)
  expect(JSON.parse(String(stored))).toMatchObject({ calls: 10000 })
})

test('the panel stays out of the page when the settings hide it', async ({ page }) => {
  await withMock(page, { panel: false })
  await page.goto('/calls')
  await expect(page.getByText('Demo data')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Mock backend settings' })).toHaveCount(0)
})
