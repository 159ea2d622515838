import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { StatusBadge } from '@/components/status-badge'
import { getStatus } from '@/domain/catalog/catalog'
import { meaningOf } from '@/domain/catalog/meaning'
import { renderInRouter } from './render-in-router'

const busy = getStatus('ctm.call.busy')
const badge = () => screen.findByRole('button', { name: 'Busy' })

describe('StatusBadge on touch', () => {
  it('a tap shows the meaning; filtering is the toggletip’s own button', async () => {
    const onSelect = vi.fn()
    const user = userEvent.setup()
    renderInRouter(<StatusBadge status={busy} onSelect={onSelect} />)
    await user.pointer({ keys: '[TouchA]', target: await badge() })
    const toggletip = await screen.findByRole('dialog', { name: 'Busy: what it means' })
    expect(toggletip).toHaveTextContent(meaningOf(busy))
    // The tap itself filtered nothing, and no hover tooltip appeared.
    expect(onSelect).not.toHaveBeenCalled()
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument()

    // (A click: user-event loses track of a touch whose target goes away under it.)
    await user.click(screen.getByRole('button', { name: 'Show only Busy' }))
    expect(onSelect).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it('closes on Escape without filtering', async () => {
    const onSelect = vi.fn()
    const user = userEvent.setup()
    renderInRouter(<StatusBadge status={busy} onSelect={onSelect} />)
    await user.pointer({ keys: '[TouchA]', target: await badge() })
    await screen.findByRole('dialog')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(onSelect).not.toHaveBeenCalled()
  })

  it('offers no filter where the badge cannot filter (the glossary)', async () => {
    const user = userEvent.setup()
    renderInRouter(<StatusBadge status={busy} />)
    await user.pointer({ keys: '[TouchA]', target: await badge() })
    await screen.findByRole('dialog', { name: 'Busy: what it means' })
    expect(screen.queryByRole('button', { name: /Show only/ })).not.toBeInTheDocument()
  })

  it('still filters on a mouse click', async () => {
    const onSelect = vi.fn()
    const user = userEvent.setup()
    renderInRouter(<StatusBadge status={busy} onSelect={onSelect} />)
    await user.click(await badge())
    expect(onSelect).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
