import { expect, test, type Page } from '@playwright/test'
import { axeViolations } from './support/axe'
import {
  fixtureFile,
  notAFile,
  twilioCallsFile,
  type FilePayload,
} from './support/import-files'
import { demoData, withMock } from './support/mock'
import { screenshot } from './support/screenshot'

async function pickFile(page: Page, file: FilePayload) {
  // A status tooltip left open by the pointer over the rows would cover the button.
  await page.mouse.move(0, 0)
  await expect(page.getByRole('tooltip')).toHaveCount(0)
  await page.getByRole('button', { name: 'Import' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import your own logs' })
  await dialog.getByLabel('File to import').setInputFiles(file)
  return dialog
}

/** The total above the table: "22 calls". */
const logTotal = (page: Page, text: RegExp) =>
  page.getByRole('main').getByRole('strong').filter({ hasText: text })

const badge = (page: Page) =>
  page.getByRole('banner').getByRole('button', { name: /Demo data|\.jsonl|\.csv/ })

const kpi = (page: Page, section: string, name: string) =>
  page.getByRole('region', { name: `${section} KPIs` }).getByRole('group', { name })

test.describe('importing your own logs', () => {
  test.beforeEach(async ({ page }) => {
    await withMock(page, demoData)
  })

  test('a gzip Twilio calls day file: summary, rejected rows, the log and Insights count it, a reload keeps it, back to the demo, removed', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.goto('/calls')
    const dialog = await pickFile(page, fixtureFile('twilio-calls-2026-03-17.jsonl.gz'))
    await expect(
      dialog.getByText('Twilio BulkExport day file (JSON Lines)'),
    ).toBeVisible()
    await expect(
      dialog.getByText(/not in the catalog \(kept as sent\): voicemail-dropped/),
    ).toBeVisible()
    await expect(
      dialog.getByRole('heading', { name: 'Rows not imported (3)' }),
    ).toBeVisible()
    await expect(dialog.getByText(/^line 13\b/)).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'import-summary')
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download the list' }).click()
    expect((await download).suggestedFilename()).toBe(
      'twilio-calls-2026-03-17.jsonl-not-imported.csv',
    )

    await dialog.getByRole('button', { name: 'Import 22 calls' }).click()
    await expect(dialog).toBeHidden()
    await expect(logTotal(page, /^22 calls$/)).toBeVisible()
    await expect(badge(page)).toHaveText('twilio-calls-2026-03-17.jsonl')
    await expect(page).toHaveURL(/from=2026-03-17/)
    await page.getByRole('link', { name: 'Insights' }).click()
    await expect(kpi(page, 'Calls', 'Calls')).toContainText('22')
    // The unknown status is kept, counted apart.
    await expect(
      page
        .getByRole('main')
        .getByText(/not in the catalog/i)
        .first(),
    ).toBeVisible()
    await screenshot(page, 'import-insights')

    await page.reload()
    await expect(kpi(page, 'Calls', 'Calls')).toContainText('22')
    await expect(badge(page)).toHaveText('twilio-calls-2026-03-17.jsonl')

    await badge(page).click()
    await page.getByRole('menuitem', { name: 'Demo data' }).click()
    await expect(badge(page)).toHaveText('Demo data')
    await expect(kpi(page, 'Calls', 'Calls')).not.toContainText(/^22$/)

    await badge(page).click()
    // By keyboard: the submenu opens to the right.
    await page.getByRole('menuitem', { name: 'Remove a set…' }).press('ArrowRight')
    await page
      .getByRole('menuitem', { name: 'Remove “twilio-calls-2026-03-17.jsonl”' })
      .press('Enter')
    await badge(page).click()
    await expect(page.getByRole('menuitem', { name: 'Demo data' })).toBeVisible()
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

  test('a Twilio messages day file lands in the Text Log and in Insights', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.goto('/calls')
    const dialog = await pickFile(page, fixtureFile('twilio-messages-2026-03-17.jsonl'))
    await dialog.getByRole('button', { name: 'Import 18 texts' }).click()
    await expect(page).toHaveURL(/\/texts\?/)
    await expect(logTotal(page, /^18 texts$/)).toBeVisible()
    await page.getByRole('link', { name: 'Insights' }).click()
    await expect(kpi(page, 'Texts', 'Texts')).toContainText('18')
  })

  test('a CSV’s guessed mapping is confirmed, fixed, and remembered for the same header', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.goto('/calls')
    let dialog = await pickFile(page, fixtureFile('ctm-calls-2026-03-16.csv'))
    // Every column guessed, the vendor taken from the file's name.
    await expect(dialog.getByLabel('Contact number')).toHaveValue('4')
    await expect(dialog.getByLabel('Vendor of every row')).toHaveValue('ctm')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'import-mapping')
    await dialog.getByLabel('Agent').selectOption('Not in the file')
    await dialog.getByRole('button', { name: 'Read the file' }).click()
    await expect(
      dialog.getByRole('heading', { name: 'Rows not imported (2)' }),
    ).toBeVisible()
    await dialog.getByRole('button', { name: 'Import 14 calls' }).click()
    await expect(logTotal(page, /^14 calls$/)).toBeVisible()

    dialog = await pickFile(page, fixtureFile('ctm-calls-2026-03-16.csv'))
    await expect(dialog.getByLabel('Agent')).toHaveValue('')
  })

  test('a CSV of texts whose time column is mapped by hand', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/texts')
    const dialog = await pickFile(page, fixtureFile('generic-texts.csv'))
    // The rows' kind, guessed from the header, under the log's own name.
    await expect(dialog.getByRole('radio', { name: 'Texts' })).toBeChecked()
    await expect(dialog.getByText('Still needed: Time.')).toBeVisible()
    await dialog.getByLabel('Time', { exact: true }).selectOption('When')
    await dialog.getByRole('button', { name: 'Read the file' }).click()
    await dialog.getByRole('button', { name: 'Import 5 texts' }).click()
    await expect(logTotal(page, /^5 texts$/)).toBeVisible()
  })

  test('files Callboard cannot read say why, and Cancel leaves no set behind', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.goto('/calls')
    const dialog = await pickFile(page, notAFile)
    await expect(dialog.getByRole('alert')).toBeVisible()
    await dialog.getByLabel('File to import').setInputFiles({
      name: 'empty.jsonl',
      mimeType: 'text/plain',
      buffer: Buffer.from(''),
    })
    await expect(dialog.getByRole('alert')).toContainText('The file is empty.')
    expect(await axeViolations(page)).toEqual([])
    await dialog
      .getByLabel('File to import')
      .setInputFiles(fixtureFile('twilio-calls-2026-03-17.jsonl'))
    await expect(dialog.getByRole('button', { name: 'Import 22 calls' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await badge(page).click()
    await expect(page.getByRole('menuitem', { name: 'Demo data' })).toBeVisible()
    await expect(page.getByRole('menuitem', { name: /twilio-calls/ })).toHaveCount(0)
  })
})
