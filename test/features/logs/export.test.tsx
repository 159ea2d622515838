import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { server } from '@/mocks/node'
import { callWire, serveLog, textWire } from '../../support/fixtures'
import { renderApp } from '../../support/render-app'

let saved: Blob[] = []

beforeEach(() => {
  saved = []
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        saved.push(blob)
        return 'blob:callboard-test'
      },
      revokeObjectURL: () => {},
    }),
  )
  // jsdom cannot navigate to a download.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
})
afterEach(() => {
  vi.unstubAllGlobals()
  localStorage.clear()
})

describe('CSV export', () => {
  it('streams every matching call, page by page, with the columns shown and no formulas', async () => {
    const limits: (string | null)[] = []
    serveLog(
      'calls',
      [
        callWire(1, {
          contact: { name: '=HYPERLINK("http://evil")', number: '+15550100001' },
        }),
        callWire(2, {
          contact: { name: '<b>Bold</b>, "quoted"', number: '+15550100002' },
        }),
        callWire(3),
      ],
      { pageSize: 2, onRequest: (params) => limits.push(params.get('limit')) },
    )
    const user = userEvent.setup()
    renderApp('/calls')
    await screen.findByText('Contact 3')
    await user.click(screen.getByRole('button', { name: 'Columns' }))
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Metrics' }))
    await user.keyboard('{Escape}')

    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    const dialog = await screen.findByRole('dialog', { name: 'Export calls as CSV' })
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Saved 3 calls to callboard-calls-',
    )
    // The dialog says how the file writes a number, in the file's own spelling.
    expect(within(dialog).getByText(/^Phone numbers are written/)).toHaveTextContent(
      "as '+15550100001: without it a spreadsheet reads the + as a formula",
    )
    expect(limits.at(-1)).toBe('150')

    const text = (await saved[0]?.text()) ?? ''
    const lines = text.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe(
      'Time,Contact name,Contact number,Direction,Source,Tracking number,Agent,Duration (s),Ring time (s),Talk time (s),Status,Status code,Vendor',
    )
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")","'+15550100001"`)
    expect(lines[2]).toContain('"<b>Bold</b>, ""quoted"""')
    expect(lines).toHaveLength(5)
    expect(text).not.toContain('Metrics')
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('writes messages and names from the data as inert, quoted cells', async () => {
    serveLog('texts', [
      textWire(1, {
        body: '-2+3, said "the bot"\r\n=cmd|\' /C calc\'!A0',
        contact: { name: '@SUM(1+1)', number: '+15550102001' },
      }),
    ])
    const user = userEvent.setup()
    renderApp('/texts')
    await screen.findByText('@SUM(1+1)')
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    const dialog = await screen.findByRole('dialog', { name: 'Export texts as CSV' })
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Saved 1 text')
    const text = ((await saved[0]?.text()) ?? '').replace(/^\uFEFF/, '')
    const [row, ...rest] = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: true,
    }).data
    expect(rest).toEqual([])
    expect(row?.Message).toBe("'-2+3, said \"the bot\"\r\n=cmd|' /C calc'!A0")
    expect(row?.['Contact name']).toBe("'@SUM(1+1)")
    expect(row?.To).toBe("'+15550102001")
  })

  it('writes each status code exactly as the vendor sent it', async () => {
    serveLog('calls', [
      callWire(1, {
        vendor: 'callr',
        status: { code: 'ANSWERED_COMPLETE', key: null },
        trail: [],
      }),
      callWire(2, { vendor: 'ctm', status: { code: 'ringing_again', key: null } }),
    ])
    const user = userEvent.setup()
    renderApp('/calls')
    await screen.findByText('Contact 2')
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    const dialog = await screen.findByRole('dialog', { name: 'Export calls as CSV' })
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Saved 2 calls')
    const text = ((await saved[0]?.text()) ?? '').replace(/^\uFEFF/, '')
    const rows = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: true,
    }).data
    expect(rows.map((row) => [row.Status, row['Status code']])).toEqual([
      ['Answered · Complete', 'ANSWERED_COMPLETE'],
      ['ringing_again', 'ringing_again'],
    ])
  })

  it('stops asking for pages when cancelled', async () => {
    serveLog('calls', [callWire(1), callWire(2)], { pageSize: 1 })
    const user = userEvent.setup()
    renderApp('/calls')
    await screen.findByText('Contact 1')
    // Page n holds call n + 1 and points at page n + 1. The first page answers
    // at once, the second when the test lets it go, the third never.
    const asked: string[] = []
    let secondAborted = false
    let releaseSecond = () => {}
    const secondHeld = new Promise<void>((resolve) => (releaseSecond = resolve))
    server.use(
      http.get('*/api/v1/calls', async ({ request }) => {
        const params = new URL(request.url).searchParams
        if (params.get('limit') !== '150') return undefined
        const cursor = Number(params.get('cursor') ?? 0)
        asked.push(String(cursor))
        if (cursor === 1) {
          request.signal.addEventListener('abort', () => (secondAborted = true))
          await secondHeld
        }
        if (cursor >= 2) await delay('infinite')
        return HttpResponse.json({
          data: [callWire(cursor + 1)],
          next_cursor: String(cursor + 1),
          total: 1_000,
          facets: {},
        })
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    const dialog = await screen.findByRole('dialog', { name: 'Export calls as CSV' })
    // The first page is in (1 of 1,000) and the second is on its way.
    await waitFor(() => expect(asked).toEqual(['0', '1']))
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    // Cancelling aborts the page in flight...
    await waitFor(() => expect(secondAborted).toBe(true))
    // ...and once its answer would have come, nothing asks for the next one: the
    // next request is the first page of a new export.
    releaseSecond()
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    await waitFor(() => expect(asked.length).toBeGreaterThanOrEqual(3))
    expect(asked.slice(0, 3)).toEqual(['0', '1', '0'])
    expect(saved).toEqual([])
  })

  it('shows the API’s message when a page fails, and retries', async () => {
    serveLog('calls', [callWire(1)])
    const user = userEvent.setup()
    renderApp('/calls')
    await screen.findByText('Contact 1')
    server.use(
      http.get(
        '*/api/v1/calls',
        () =>
          HttpResponse.json(
            {
              title: 'Bad request',
              status: 400,
              detail: 'limit must be at most 150.',
              param: 'limit',
            },
            { status: 400 },
          ),
        { once: true },
      ),
    )
    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    const dialog = await screen.findByRole('dialog', { name: 'Export calls as CSV' })
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'limit must be at most 150.',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }))
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Saved 1 call')
  })
})
