import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { catalog } from '@/domain/catalog/catalog'
import { renderApp } from '../../support/render-app'

// The list renders in the background after each change; jsdom on a busy machine needs a while.
const listUpdate = { timeout: 10_000 }

const openGlossary = async (url = '/statuses') => {
  const app = renderApp(url)
  await screen.findByRole('heading', { level: 1, name: 'Statuses' })
  // The entries render just after the page, with the outcome mapping that closes it.
  await screen.findByRole(
    'heading',
    { level: 2, name: 'How statuses are counted together', hidden: true },
    listUpdate,
  )
  return app
}
// `hidden: true` skips jsdom's slow visibility walk over ~70 entries; visibility is asserted apart.
const entries = () => screen.queryAllByRole('article', { hidden: true })
/** An entry, looked up within its vendor section: naming all ~70 entries is slow in jsdom. */
const entry = (section: string, name: string) =>
  within(screen.getByRole('region', { name: section })).getByRole('article', {
    name,
    hidden: true,
  })
const chip = (group: string, name: string) =>
  within(screen.getByRole('group', { name: `Filter by ${group}` })).getByRole('button', {
    name,
  })
const searchParams = (history: { location: { search: string } }) =>
  Object.fromEntries(new URLSearchParams(history.location.search))

// The whole glossary (~70 entries) is rendered and queried in jsdom, which takes a while.
describe('the Statuses page', { timeout: 30_000 }, () => {
  it('lists every catalog entry by vendor document, each with its badge', async () => {
    await openGlossary()
    expect(entries()).toHaveLength(catalog.length)
    // Each vendor named in full at least once.
    expect(document.body).toHaveTextContent(
      'CallTrackingMetrics (CTM), Ventured Solutions Messenger, Routee, CALLR, and Twilio',
    )
    expect(
      screen
        .getAllByRole('heading', { level: 2, hidden: true })
        .map((heading) => heading.textContent),
    ).toEqual(
      expect.arrayContaining([
        'CTM calls',
        'CTM texts',
        'Messenger voice messages',
        'Routee voice messages',
        'Routee voice campaigns',
        'CALLR campaign calls',
        'Twilio calls',
        'Twilio messages',
      ]),
    )
    const hangup = entry('CALLR campaign calls', 'Result: Hangup (CALLR)')
    expect(within(hangup).getByRole('button', { name: 'Result: Hangup' })).toBeVisible()
    expect(hangup).toHaveTextContent('Sent as HANGUP')
    expect(hangup).toHaveTextContent('Only on calls that reached the phone')
    // CALLR writes a record only once a call ends: our In progress says it is ours.
    const running = entry('CALLR campaign calls', 'In progress (CALLR)')
    expect(running).toHaveTextContent('Ours: the vendor never sends it')
    expect(running).toHaveTextContent('Not a CALLR status')
    expect(
      entry('CALLR campaign calls', 'Answered · Complete (CALLR)'),
    ).toHaveTextContent('Status ANSWERED, sub-status COMPLETE')
  })

  it('warns that one word means different things, with CTM’s and Messenger’s Completed', async () => {
    await openGlossary()
    const note = screen.getByRole('complementary', {
      name: 'The same word can mean different things at different vendors',
    })
    expect(note).toHaveTextContent(
      /CTM’s Completed is a call .* no human or queue answered/,
    )
    expect(note).toHaveTextContent(/Messenger’s Completed is a call that was answered/)
    expect(note).toHaveTextContent('Ringing')
    // Every mark a badge can carry is explained, the provisional one too.
    const marks = within(note)
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(marks).toEqual(
      expect.arrayContaining([
        'final',
        'in flight',
        'provisional: a receipt can still follow',
        'flag or result code, never an outcome',
      ]),
    )
  })

  it('searches by word and puts the search in the URL', async () => {
    const user = userEvent.setup()
    const { history } = await openGlossary()
    await user.type(
      screen.getByRole('searchbox', { name: 'Search statuses' }),
      'noanswer',
    )
    await waitFor(() => expect(entries()).toHaveLength(5), listUpdate)
    expect(entry('CTM calls', 'No answer (CTM calls)')).toBeVisible()
    expect(entry('Routee voice messages', 'NoAnswer (Routee voice)')).toBeVisible()
    expect(screen.getByText(`5 of ${catalog.length} statuses`)).toBeVisible()
    await waitFor(() => expect(searchParams(history).q).toBe('noanswer'), listUpdate)
  })

  it('filters by vendor and by outcome group through the URL', async () => {
    const user = userEvent.setup()
    const { history } = await openGlossary()
    await user.click(chip('vendor', 'Routee'))
    expect(chip('vendor', 'Routee')).toHaveAttribute('aria-pressed', 'true')
    await waitFor(() => expect(entries()).toHaveLength(17), listUpdate)
    expect(searchParams(history)).toMatchObject({ vendor: 'routee' })

    await user.click(chip('outcome', 'Blocked'))
    await waitFor(() => expect(entries()).toHaveLength(2), listUpdate)
    expect(entry('Routee voice messages', 'Unsent (Routee voice)')).toBeVisible()
    expect(entry('Routee voice messages', 'Terminated (Routee voice)')).toBeVisible()
    expect(searchParams(history)).toMatchObject({ vendor: 'routee', outcome: 'blocked' })

    history.back()
    await waitFor(() => expect(entries()).toHaveLength(17), listUpdate)
    expect(chip('outcome', 'Blocked')).toHaveAttribute('aria-pressed', 'false')
  })

  it('opens with the search and filters of a shared link, ignoring nonsense', async () => {
    await openGlossary('/statuses?q=busy&vendor=routee,acme&outcome=bogus')
    expect(screen.getByRole('searchbox', { name: 'Search statuses' })).toHaveValue('busy')
    expect(chip('vendor', 'Routee')).toHaveAttribute('aria-pressed', 'true')
    expect(chip('vendor', 'CTM')).toHaveAttribute('aria-pressed', 'false')
    expect(entries().map((article) => article.id)).toEqual(['routee.call.busy'])
  })

  it('says when nothing matches, and clears everything in one click', async () => {
    const user = userEvent.setup()
    const { history } = await openGlossary('/statuses?q=xyzzy&vendor=ctm')
    expect(screen.getByRole('heading', { name: 'No status matches' })).toBeVisible()
    expect(entries()).toHaveLength(0)
    const clears = screen.getAllByRole('button', { name: 'Clear search and filters' })
    await user.click(clears[clears.length - 1] as HTMLElement)
    await waitFor(() => expect(entries()).toHaveLength(catalog.length), listUpdate)
    expect(screen.getByRole('searchbox', { name: 'Search statuses' })).toHaveValue('')
    expect(history.location.search).toBe('')
  })

  it('highlights and focuses a linked entry, even one the filters hide', async () => {
    await openGlossary('/statuses?vendor=routee#ctm.call.completed')
    const linked = entry('CTM calls', 'Completed (CTM calls)')
    expect(linked).toHaveAttribute('aria-current', 'true')
    expect(linked).toHaveTextContent('Linked, outside your filters')
    await waitFor(() => expect(linked).toHaveFocus(), listUpdate)
    expect(screen.getByText('17 of 90 statuses, plus the linked one')).toBeVisible()
    expect(
      entry('Routee voice messages', 'Completed (Routee voice)'),
    ).not.toHaveAttribute('aria-current')
  })

  it('keeps the linked entry highlighted while the filters change', async () => {
    const user = userEvent.setup()
    const { history } = await openGlossary('/statuses?vendor=routee#ctm.call.completed')
    await user.click(chip('vendor', 'CTM'))
    await waitFor(() => expect(entries()).toHaveLength(38), listUpdate)
    expect(history.location.hash).toBe('#ctm.call.completed')
    const linked = entry('CTM calls', 'Completed (CTM calls)')
    expect(linked).toHaveAttribute('aria-current', 'true')
    expect(linked).not.toHaveTextContent('outside your filters')
  })

  it('links each entry to itself, keeping the filters', async () => {
    const user = userEvent.setup()
    const { history } = await openGlossary('/statuses?vendor=messenger')
    await user.click(screen.getByRole('link', { name: 'Link to Ringing (Messenger)' }))
    await waitFor(
      () => expect(history.location.hash).toBe('#messenger.call.ringing'),
      listUpdate,
    )
    expect(searchParams(history)).toMatchObject({ vendor: 'messenger' })
    await waitFor(
      () =>
        expect(entry('Messenger voice messages', 'Ringing (Messenger)')).toHaveAttribute(
          'aria-current',
          'true',
        ),
      listUpdate,
    )
  })

  it('shows which vendor statuses count in which outcome group', async () => {
    await openGlossary()
    const mapping = screen.getByRole('table')
    const ivr = within(mapping).getByRole('row', { name: /Ended in IVR/ })
    expect(within(ivr).getByRole('link', { name: 'Completed' })).toHaveAttribute(
      'href',
      '/statuses#ctm.call.completed',
    )
    const none = within(mapping).getByRole('row', { name: /In no group/ })
    expect(within(none).getByRole('link', { name: 'No Audio' })).toBeVisible()
  })
})
