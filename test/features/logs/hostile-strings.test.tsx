import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { callWire, serveLog, textWire } from '../../support/fixtures'
import { renderApp } from '../../support/render-app'

/** What a hostile or careless data source can put in a name, a message or a source. */
const hostile = {
  html: '<img src=x onerror="window.pwned=1">',
  script: '<script>window.pwned=1</script>',
  link: 'javascript:window.pwned=1',
  rtl: 'Ana \u202Egnp.exe',
  zeroWidth: 'Ze\u200Bro\u200Dwidth\uFEFF',
  long: 'L'.repeat(10_000),
}

declare global {
  interface Window {
    pwned?: number
  }
}

afterEach(() => {
  delete window.pwned
})

/** Nothing in the page was made from the data's markup. */
function expectInert(container: HTMLElement): void {
  expect(container.querySelector('img, script, iframe, object, embed')).toBeNull()
  expect(container.querySelector('a[href^="javascript" i]')).toBeNull()
  expect(container.querySelector('[onerror], [onclick]')).toBeNull()
  expect(window.pwned).toBeUndefined()
}

/** The exact text is on the page, inside an isolate, so it cannot turn its neighbours. */
function expectIsolated(scope: HTMLElement, text: string): HTMLElement[] {
  const elements = within(scope).getAllByText(text, { normalizer: (s) => s })
  for (const element of elements) {
    expect(element.closest('bdi, [dir=auto]'), `“${text.slice(0, 20)}”`).not.toBeNull()
  }
  return elements
}

const row = (log: HTMLElement, id: string) =>
  log.querySelector<HTMLElement>(`[data-row-id="${id}"]`) as HTMLElement

describe('hostile strings from the data', () => {
  it('render in the Activity Log as inert, isolated text; long ones truncated', async () => {
    serveLog('calls', [
      callWire(1, {
        contact: { name: hostile.html, number: '+15550100001' },
        agent: { id: 'a', name: hostile.rtl },
        source: { id: 's', name: hostile.link },
        status: { code: hostile.script, key: null },
        vendor: hostile.zeroWidth,
      }),
      callWire(2, {
        contact: { name: hostile.long, number: '\u202E+15550100002' },
        agent: { id: 'b', name: hostile.zeroWidth },
        source: { id: 't', name: hostile.long },
      }),
      callWire(3, { contact: { name: hostile.rtl, number: '+15550100003' } }),
    ])
    const { container } = renderApp('/calls')
    const log = await screen.findByRole('table', { name: 'Activity Log' })
    await within(log).findByText(hostile.html)

    expectInert(container)
    const first = row(log, 'call-1')
    expectIsolated(first, hostile.html)
    expectIsolated(first, hostile.rtl)
    expectIsolated(first, hostile.link)
    expectIsolated(first, hostile.script)
    expectIsolated(first, hostile.zeroWidth)
    expectIsolated(row(log, 'call-2'), '\u202E+15550100002')
    expectIsolated(row(log, 'call-3'), hostile.rtl)

    // 10,000 characters stay on one truncated line; the tooltip holds a readable part.
    for (const element of expectIsolated(row(log, 'call-2'), hostile.long)) {
      expect(element.closest('.truncate')).not.toBeNull()
      expect(element.closest('[title]')?.getAttribute('title')?.length).toBe(300)
    }
  })

  it('render in the Text Log and a text’s detail as inert, isolated text', async () => {
    serveLog('texts', [
      textWire(1, {
        contact: { name: hostile.rtl, number: '+15550102001' },
        body: `${hostile.script} ${hostile.html} ${hostile.link} ${hostile.rtl}`,
        from: '\u202E+15550100001',
      }),
      textWire(2, { body: hostile.long, contact: { name: hostile.long, number: '+1' } }),
    ])
    const user = userEvent.setup()
    const { container } = renderApp('/texts')
    const log = await screen.findByRole('table', { name: 'Text Log' })
    const body = `${hostile.script} ${hostile.html} ${hostile.link} ${hostile.rtl}`
    await within(log).findByText(body)
    expectInert(container)
    expectIsolated(row(log, 'text-1'), body)
    expectIsolated(row(log, 'text-1'), hostile.rtl)
    expectIsolated(row(log, 'text-1'), '\u202E+15550100001')
    // The message column shows the start of a long message, one truncated line.
    const long = within(row(log, 'text-2')).getByText(hostile.long.slice(0, 300))
    expect(long).toHaveClass('truncate')
    expect(long.getAttribute('title')).toHaveLength(500)

    await user.click(within(log).getByText(body))
    const sheet = await screen.findByRole('dialog')
    expectInert(container)
    expect(sheet).toHaveAccessibleName(`Text to ${hostile.rtl}`)
    expectIsolated(sheet, hostile.rtl)
    expectIsolated(sheet, body)
    expectIsolated(sheet, '\u202E+15550100001')
  })

  it('render in a call’s detail as inert, isolated text', async () => {
    serveLog('calls', [
      callWire(1, {
        contact: { name: hostile.rtl, number: '+15550100001' },
        agent: { id: 'a', name: hostile.html },
        source: { id: 's', name: hostile.link },
        campaign: hostile.zeroWidth,
        vendor: hostile.script,
        status: { code: hostile.script, key: null },
        trail: [
          {
            at: '2026-11-20T14:00:00.000Z',
            status: { code: 'Queued', key: null },
            detail: hostile.rtl,
          },
        ],
      }),
    ])
    renderApp('/calls?id=call-1')
    const sheet = await screen.findByRole('dialog', { name: `Call to ${hostile.rtl}` })
    expectInert(document.body)
    const heading = within(sheet).getByRole('heading', { level: 2 })
    expect(heading.querySelector('bdi')).toHaveTextContent(hostile.rtl)
    for (const text of [hostile.html, hostile.link, hostile.zeroWidth, hostile.script]) {
      expectIsolated(sheet, text)
    }
    const metrics = within(sheet).getByRole('region', { name: 'Metrics' })
    expectIsolated(metrics, hostile.rtl)
  })

  it('render as isolated text in facet options, filter chips and the unreadable-records notice', async () => {
    serveLog(
      'calls',
      [callWire(1), { ...callWire(2), id: hostile.rtl, duration: 'long' }],
      { facets: { agent: [{ value: 'ana-ruiz', label: hostile.rtl, count: 1 }] } },
    )
    const user = userEvent.setup()
    const { container } = renderApp('/calls')
    const notice = await screen.findByText(/could not be read/)
    expectIsolated(notice, hostile.rtl)

    await user.click(await screen.findByRole('button', { name: 'Agent' }))
    const popover = await screen.findByRole('dialog', { name: 'Filter by agent' })
    expectIsolated(popover, hostile.rtl)
    await user.click(within(popover).getByRole('checkbox', { name: /Ana/ }))
    await user.keyboard('{Escape}')
    const chips = await screen.findByRole('group', { name: 'Active filters' })
    expectIsolated(chips, hostile.rtl)
    expectInert(container)
  })
})
