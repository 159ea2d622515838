import { TZDate } from '@date-fns/tz'
import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import { demoData, withMock } from './support/mock'
import { screenshot } from './support/screenshot'

// A Wednesday morning in Chicago (CDT, UTC-5), afternoon in Berlin (CET, UTC+1).
const now = '2026-03-18T16:30:00.000Z'
const pinned = { ...demoData, now }

// The browser is in Berlin, so its zone, UTC and the account's all differ.
test.use({ timezoneId: 'Europe/Berlin' })

const clockIn = (zone: string, iso: string) =>
  new Intl.DateTimeFormat('en-US', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(Date.parse(iso))

/** The first row's time as shown, and the instant it stands for. */
async function firstRowTime(page: Page) {
  const time = page
    .getByRole('table', { name: 'Activity Log' })
    .locator('[role=row][data-index="0"] time')
    .first()
  await expect(time).toBeVisible()
  return { shown: time, iso: (await time.getAttribute('datetime')) ?? '' }
}

/** The data and the page's clock both at `now`. */
async function pinTime(page: Page) {
  await withMock(page, pinned)
  await page.clock.install({ time: new Date(now) })
}

test.describe('the time zone', () => {
  test('choosing UTC changes the row times and the URL, and a reload keeps it', async ({
    page,
  }) => {
    await pinTime(page)
    await page.goto('/calls')
    const zone = page.getByRole('combobox', { name: /^Time zone/ })
    await expect(zone).toHaveAccessibleName(/Times in GMT\+1 \(browser\)/)
    const row = await firstRowTime(page)
    await expect(row.shown).toContainText(clockIn('Europe/Berlin', row.iso))

    await zone.selectOption('utc')
    await expect(page).toHaveURL(/[?&]tz=utc/)
    await expect(row.shown).toContainText(clockIn('UTC', row.iso))
    await expect(zone).toHaveAccessibleName(/Times in UTC/)

    await page.reload()
    const again = await firstRowTime(page)
    await expect(again.shown).toContainText(clockIn('UTC', again.iso))
    await expect(page.getByRole('combobox', { name: /^Time zone/ })).toHaveValue('utc')
  })

  test('the account’s zone shows Chicago times, its days, and stays on Insights', async ({
    page,
  }) => {
    // The page's own clock: a faked Date would not carry the zone (TZDate subclasses Date).
    await withMock(page, demoData)
    const midnight = new TZDate(Date.now(), 'America/Chicago')
    midnight.setHours(0, 0, 0, 0)
    const todayInChicago = page.waitForRequest(
      (request) =>
        new URL(request.url()).pathname === '/api/v1/calls' &&
        new URL(request.url()).searchParams.get('from') ===
          new Date(midnight.getTime()).toISOString(),
    )
    await page.goto('/calls?range=today&tz=account')
    await todayInChicago
    const zone = page.getByRole('combobox', { name: /^Time zone/ })
    await expect(zone).toHaveAccessibleName(/Times in C[DS]T \(account\)/)
    const row = await firstRowTime(page)
    await expect(row.shown).toContainText(clockIn('America/Chicago', row.iso))
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'time-zone-account-calls')

    await page.getByRole('link', { name: 'Insights' }).click()
    await expect(page).toHaveURL(/\/insights\?.*tz=account/)
    await expect(page.getByRole('combobox', { name: /^Time zone/ })).toHaveValue(
      'account',
    )
    await page.getByRole('link', { name: 'Text Log' }).click()
    await expect(page).toHaveURL(/\/texts\?.*tz=account/)
  })

  test('a nonsense zone in a link is dropped with a notice', async ({ page }) => {
    await pinTime(page)
    await page.goto('/calls?tz=Mars%2FOlympus')
    await expect(page.getByText(/Mars\/Olympus/)).toBeVisible()
    await expect(page).not.toHaveURL(/tz=/)
    await expect(page.getByRole('combobox', { name: /^Time zone/ })).toHaveValue('local')
  })
})

test.describe('the time zone of a custom range and of the first request', () => {
  test('the calendar picks days in the page’s zone (UTC here, the browser in Berlin)', async ({
    page,
  }) => {
    await withMock(page, demoData)
    // Midnights in UTC, some days back from today's.
    const midnight = (daysBack: number) => {
      const day = new Date(Date.now() - daysBack * 86_400_000)
      day.setUTCHours(0, 0, 0, 0)
      return day
    }
    const [picked, from, to] = [midnight(12), midnight(9), midnight(6)]
    await page.goto(`/calls?tz=utc&from=${from.toISOString()}&to=${to.toISOString()}`)
    await page.getByRole('button', { name: /^Time range: / }).click()
    const picker = page.getByRole('dialog', { name: 'Choose a time range' })
    await expect(picker.getByLabel('Start time')).toHaveValue('00:00')
    const label = new Intl.DateTimeFormat('en-US', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(picked)
    const month = label.find((part) => part.type === 'month')?.value ?? ''
    const year = label.find((part) => part.type === 'year')?.value ?? ''
    // The month's own day, not the neighbouring month's outside one.
    await picker
      .locator('td:not([data-outside])')
      .getByRole('button', {
        name: new RegExp(`${month} ${picked.getUTCDate()}(st|nd|rd|th), ${year}`),
      })
      .click()
    await picker.getByRole('button', { name: 'Apply range' }).click()
    await expect(page).toHaveURL(
      new RegExp(`from=${picked.toISOString().replace(/[.]/g, '\\.')}`),
    )
    await expect(page).toHaveURL(
      new RegExp(`to=${to.toISOString().replace(/[.]/g, '\\.')}`),
    )
  })

  test('with tz=account, the log asks once, in the account’s zone, and Insights too', async ({
    page,
  }) => {
    await withMock(page, { ...demoData, latency: 300 })
    const logRequests: URL[] = []
    const statsRequests: URL[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname === '/api/v1/calls') logRequests.push(url)
      if (url.pathname.endsWith('/stats')) statsRequests.push(url)
    })
    await page.goto('/calls?range=today&tz=account')
    await firstRowTime(page)
    const midnight = new TZDate(Date.now(), 'America/Chicago')
    midnight.setHours(0, 0, 0, 0)
    // The log and its facets are one request; a second page of rows may follow.
    const firstPages = logRequests.filter((url) => !url.searchParams.has('cursor'))
    expect(firstPages.map((url) => url.searchParams.get('from'))).toEqual([
      new Date(midnight.getTime()).toISOString(),
    ])

    // The log's histogram too: its buckets are Chicago's hours.
    expect(statsRequests.map((url) => url.searchParams.get('tz'))).toEqual([
      'America/Chicago',
    ])

    // Insights opened afresh asks for each log's two periods once, not again
    // when the account answers.
    statsRequests.length = 0
    await page.goto('/insights?range=today&tz=account')
    await expect(page.getByRole('combobox', { name: /^Time zone/ })).toHaveAccessibleName(
      /Times in C[DS]T \(account\)/,
    )
    const perLog = (kind: string) =>
      statsRequests.filter((url) => url.pathname === `/api/v1/${kind}/stats`).length
    await expect.poll(() => perLog('texts')).toBe(2)
    await expect(
      page.getByRole('heading', { name: 'Calls', exact: true }).first(),
    ).toBeVisible()
    expect(perLog('calls')).toBe(2)
    // …and buckets both logs' charts and heat map in the account's zone.
    expect(new Set(statsRequests.map((url) => url.searchParams.get('tz')))).toEqual(
      new Set(['America/Chicago']),
    )
  })
})
