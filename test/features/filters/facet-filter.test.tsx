import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { FacetFilter } from '@/features/filters/facet-filter'
import type * as PopoverModule from '@/features/filters/facet-popover'
import { directionOptions } from '@/features/filters/facet-options'

// Counts the popover's renders: each one repositions it, a layout of the page.
const popover = vi.hoisted(() => ({ renders: 0 }))
vi.mock('@/features/filters/facet-popover', async (importOriginal) => {
  const original = await importOriginal<typeof PopoverModule>()
  return {
    ...original,
    FacetPopover: (props: Parameters<typeof original.FacetPopover>[0]) => {
      popover.renders++
      return original.FacetPopover(props)
    },
  }
})

const counts = (inbound: number) => [
  { value: 'inbound', count: inbound },
  { value: 'outbound', count: 3 },
]

describe('a facet filter', () => {
  it('re-renders its open popover only when what it shows changes', async () => {
    const onChange = vi.fn()
    const selected: string[] = []
    const props = { label: 'Direction', selected, onChange }
    const { rerender } = render(
      <FacetFilter {...props} options={directionOptions(counts(5))} />,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Direction' }))
    await screen.findByRole('dialog', { name: 'Filter by direction' })
    const opened = popover.renders

    // A new answer with the same counts: new objects, nothing new to show.
    rerender(<FacetFilter {...props} options={directionOptions(counts(5))} />)
    expect(popover.renders).toBe(opened)
    // A count that changed is shown.
    rerender(<FacetFilter {...props} options={directionOptions(counts(6))} />)
    expect(popover.renders).toBe(opened + 1)
    expect(
      screen.getByRole('checkbox', { name: /Inbound/ }).closest('label'),
    ).toHaveTextContent('6')
  })
})
