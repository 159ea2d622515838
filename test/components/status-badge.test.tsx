import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { StatusBadge } from '@/components/status-badge'
import { getStatus, lookupStatus } from '@/domain/catalog/catalog'
import { renderInRouter } from './render-in-router'
import { meaningOf } from '@/domain/catalog/meaning'

const busy = getStatus('ctm.call.busy')
const badge = (name: string | RegExp) => screen.findByRole('button', { name })

describe('StatusBadge', () => {
  it('shows the label as a button', async () => {
    renderInRouter(<StatusBadge status={busy} />)
    expect(await badge('Busy')).toHaveAttribute('type', 'button')
  })

  it('opens its tooltip on hover, tied to the badge by aria-describedby', async () => {
    const user = userEvent.setup()
    renderInRouter(<StatusBadge status={busy} />)
    await user.hover(await badge('Busy'))
    const tooltip = await screen.findByRole('tooltip')
    expect(tooltip).toHaveTextContent('CallTrackingMetrics · Calls')
    expect(tooltip).toHaveTextContent(meaningOf(busy))
    expect(tooltip).toHaveTextContent('PhaseFinal')
    expect(tooltip).toHaveTextContent('Not answered')
    // The badge is the tooltip's trigger now: query it again.
    expect(await badge('Busy')).toHaveAttribute('aria-describedby', tooltip.id)
  })

  it('opens its tooltip on keyboard focus and keeps the focus on the badge', async () => {
    const user = userEvent.setup()
    renderInRouter(<StatusBadge status={busy} />)
    await badge('Busy')
    await user.tab()
    const tooltip = await screen.findByRole('tooltip')
    const focused = await badge('Busy')
    expect(focused).toHaveFocus()
    expect(focused).toHaveAttribute('aria-describedby', tooltip.id)
  })

  it('closes on Escape', async () => {
    const user = userEvent.setup()
    renderInRouter(<StatusBadge status={busy} />)
    await badge('Busy')
    await user.tab()
    await screen.findByRole('tooltip')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument())
    expect(await badge('Busy')).toHaveFocus()
  })

  it('stays open while the pointer moves onto the tooltip', async () => {
    const user = userEvent.setup()
    renderInRouter(<StatusBadge status={busy} />)
    await user.hover(await badge('Busy'))
    const tooltip = await screen.findByRole('tooltip')
    // Let user-event know the pointer is over the new trigger, then leave it for the tooltip.
    await user.hover(await badge('Busy'))
    await user.hover(tooltip)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(screen.getByRole('tooltip')).toBeVisible()
  })

  it('calls onSelect on a first click, before any tooltip was mounted', async () => {
    const user = userEvent.setup()
    const onSelect = vi.fn()
    renderInRouter(<StatusBadge status={busy} onSelect={onSelect} />)
    await user.click(await badge('Busy'))
    expect(onSelect).toHaveBeenCalledTimes(1)
  })

  it('calls onSelect on click once its tooltip is open, and says so in it', async () => {
    const user = userEvent.setup()
    const onSelect = vi.fn()
    renderInRouter(<StatusBadge status={busy} onSelect={onSelect} />)
    await user.hover(await badge('Busy'))
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Click to show only Busy',
    )
    await user.click(await badge('Busy'))
    expect(onSelect).toHaveBeenCalledTimes(1)
  })

  it('does not offer to filter when nothing listens to a click', async () => {
    const user = userEvent.setup()
    renderInRouter(<StatusBadge status={busy} />)
    await user.hover(await badge('Busy'))
    expect(await screen.findByRole('tooltip')).not.toHaveTextContent('Click to show')
  })

  it('mounts no tooltip machinery until someone shows interest', async () => {
    const user = userEvent.setup()
    renderInRouter(
      <>
        <StatusBadge status={busy} />
        <StatusBadge status={getStatus('ctm.call.answered')} />
      </>,
    )
    expect(await badge('Busy')).not.toHaveAttribute('data-state')
    await user.hover(await badge('Answered'))
    await screen.findByRole('tooltip')
    expect(await badge('Answered')).toHaveAttribute('data-state')
    expect(await badge('Busy')).not.toHaveAttribute('data-state')
  })

  it('links to the entry in the glossary', async () => {
    const user = userEvent.setup()
    const { router } = renderInRouter(<StatusBadge status={busy} />)
    await user.hover(await badge('Busy'))
    const tooltip = await screen.findByRole('tooltip')
    const more = screen.getByRole('link', { name: 'More in the status glossary' })
    expect(tooltip).toContainElement(more)
    expect(more).toHaveAttribute('href', '/statuses#ctm.call.busy')
    await user.click(more)
    await waitFor(() => expect(router.state.location.hash).toBe('ctm.call.busy'))
  })
})

describe('StatusBadge tooltip content', () => {
  const open = async (status: Parameters<typeof StatusBadge>[0]['status']) => {
    const user = userEvent.setup()
    renderInRouter(<StatusBadge status={status} />)
    await user.hover(await screen.findByRole('button'))
    return screen.findByRole('tooltip')
  }

  it('notes Routee’s own Intermediate mark', async () => {
    const tooltip = await open(getStatus('routee.call.unknown'))
    expect(tooltip).toHaveTextContent('In flight (Routee’s own Intermediate mark)')
    expect(tooltip).toHaveTextContent('In progress')
  })

  it('shows CALLR’s two levels', async () => {
    const tooltip = await open(getStatus('callr.call.absent-voicemail-detected'))
    expect(tooltip).toHaveTextContent('Status ABSENT, sub-status VOICEMAIL_DETECTED')
    expect(tooltip).toHaveTextContent('Reached a machine')
  })

  it('says a result code is not an outcome and which calls carry it', async () => {
    const tooltip = await open(getStatus('callr.call.hangup'))
    expect(tooltip).toHaveTextContent(
      'A result code beside the call’s status, not an outcome.',
    )
    expect(tooltip).toHaveTextContent(
      'Only onAnswered · Complete, Answered · Incomplete, Absent · Voicemail detected',
    )
  })

  it('says CTM’s No Audio is a recording flag', async () => {
    const tooltip = await open(getStatus('ctm.call.no-audio'))
    expect(tooltip).toHaveTextContent('A recording flag beside the call’s status')
  })

  it('says an unknown status is not in the catalog and shows its raw text as text', async () => {
    const raw = '<img src=x onerror="alert(1)"> "Teleported" 🚀'
    const status = lookupStatus('routee', 'call', raw)
    renderInRouter(<StatusBadge status={status} />)
    const unknown = await badge(`${raw}, not in the catalog`)
    expect(unknown).toHaveAttribute('data-outcome', 'unknown')
    const user = userEvent.setup()
    await user.hover(unknown)
    const tooltip = await screen.findByRole('tooltip')
    expect(tooltip).toHaveTextContent('Not in the catalog')
    expect(tooltip).toHaveTextContent('Routee · Calls')
    expect(tooltip).toHaveTextContent(`Sent as${raw}`)
    expect(document.querySelector('img')).toBeNull()
    expect(screen.queryByRole('link')).not.toBeInTheDocument()
  })
})
