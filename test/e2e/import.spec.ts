import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import {
  brokenCallsFile,
  callsCsvFile,
  notAFile,
  twilioCallsFile,
  twilioMessagesFile,
  type FilePayload,
} from './support/import-files'
import { demoData, withMock } from './support/mock'
import { screenshot } from './support/screenshot'

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import your own logs' })
  await expect(dialog.getByText('Choose a file or drop it here')).toBeVisible()
  return dialog
}

async function pickFile(page: Page, file: FilePayload) {
  const dialog = await openImport(page)
  await dialog.getByLabel('File to import').setInputFiles(file)
  return dialog
}

/** The total above the table: "120 calls". */
const logTotal = (page: Page, text: RegExp) =>
  page.getByRole('main').getByRole('strong').filter({ hasText: text })

const badge = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: /data|\.jsonl|\.csv/ })

test.describe('importing your own logs', () => {
  test.beforeEach(async ({ page }) => {
    await withMock(page, demoData)
  })

  test('a Twilio calls day file: summary, import, the log and Insights count it, a reload keeps it, demo and removal', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.goto('/calls')
    const dialog = await pickFile(page, twilioCallsFile(120))
    await expect(
      dialog.getByText('Twilio BulkExport day file (JSON Lines)'),
    ).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'import-summary')
    await dialog.getByRole('button', { name: 'Import 120 calls' }).click()
    await expect(dialog).toBeHidden()
    await expect(logTotal(page, /^120 calls$/)).toBeVisible()
    await expect(badge(page)).toHaveText('twilio-calls-2025-05-12.jsonl')
    await expect(page).toHaveURL(/from=2025-05-12/)

    await page.getByRole('link', { name: 'Insights' }).click()
    await expect(page.getByRole('heading', { name: 'Insights' })).toBeVisible()
    await expect(page.getByText('120', { exact: true }).first()).toBeVisible()

    await page.goto('/calls?from=2025-05-12T00:00:00.000Z&to=2025-05-13T00:00:00.000Z')
    await expect(logTotal(page, /^120 calls$/)).toBeVisible()
    await expect(badge(page)).toHaveText('twilio-calls-2025-05-12.jsonl')

    await badge(page).click()
    await page.getByRole('menuitem', { name: 'Demo data' }).click()
    await expect(badge(page)).toHaveText('Demo data')
    await expect(logTotal(page, /^[\d,]+ calls$/)).not.toHaveText('120 calls')

    await badge(page).click()
    // By keyboard: the submenu opens to the right.
    await page.getByRole('menuitem', { name: 'Remove a set…' }).press('ArrowRight')
    await page
      .getByRole('menuitem', { name: 'Remove “twilio-calls-2025-05-12.jsonl”' })
      .press('Enter')
    await badge(page).click()
    await expect(page.getByRole('menuitem', { name: /twilio-calls/ })).toHaveCount(0)
  })

  test('the same file twice goes into the same set without doubling it', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.goto('/calls')
    const file = twilioCallsFile(40)
    let dialog = await pickFile(page, file)
    await dialog.getByRole('button', { name: 'Import 40 calls' }).click()
    await expect(logTotal(page, /^40 calls$/)).toBeVisible()
    dialog = await pickFile(page, file)
    await expect(dialog.getByLabel('Import into')).toHaveValue(/^set-/)
    await dialog.getByRole('button', { name: 'Import 40 calls' }).click()
    await expect(dialog).toBeHidden()
    await expect(logTotal(page, /^40 calls$/)).toBeVisible()
  })

  test('a Twilio messages day file lands in the Text Log', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/texts')
    const dialog = await pickFile(page, twilioMessagesFile(64))
    await dialog.getByRole('button', { name: 'Import 64 texts' }).click()
    await expect(page).toHaveURL(/\/texts\?/)
    await expect(logTotal(page, /^64 texts$/)).toBeVisible()
  })

  test('a CSV asks for its mapping, remembers it, and imports', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/calls')
    let dialog = await pickFile(page, callsCsvFile(25))
    await expect(dialog.getByText('Still needed: Time.')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'import-mapping')
    await dialog.getByLabel('Time').selectOption('When')
    await dialog
      .getByLabel('Vendor of every row')
      .selectOption({ label: 'CallTrackingMetrics' })
    await dialog.getByRole('button', { name: 'Read the file' }).click()
    await dialog.getByRole('button', { name: 'Import 25 calls' }).click()
    await expect(logTotal(page, /^25 calls$/)).toBeVisible()

    dialog = await pickFile(page, callsCsvFile(25))
    await expect(dialog.getByLabel('Time')).toHaveValue('0')
    await expect(dialog.getByText(/Still needed/)).toHaveCount(0)
  })

  test('bad files say what is wrong; unreadable rows are listed and downloadable', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.goto('/calls')
    let dialog = await pickFile(page, notAFile)
    await expect(dialog.getByRole('alert')).toContainText('not JSON Lines')
    await dialog.getByLabel('File to import').setInputFiles({
      name: 'empty.jsonl',
      mimeType: 'text/plain',
      buffer: Buffer.from(''),
    })
    await expect(dialog.getByRole('alert')).toContainText('empty')
    expect(await axeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Cancel' }).click()

    dialog = await pickFile(page, brokenCallsFile())
    await expect(
      dialog.getByRole('heading', { name: 'Rows not imported (2)' }),
    ).toBeVisible()
    await expect(dialog.getByText(/^line 2:/)).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'import-rejected')
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download the list' }).click()
    expect((await download).suggestedFilename()).toBe('broken-calls-not-imported.csv')
    await dialog.getByRole('button', { name: 'Import 3 calls' }).click()
    await expect(logTotal(page, /^3 calls$/)).toBeVisible()
  })
})
