import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type * as Radix from 'radix-ui'
import { forwardRef, type ComponentProps } from 'react'
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

// Counts the positioned content's renders: Radix positions it again on each.
const content = vi.hoisted(() => ({ renders: 0 }))
vi.mock('radix-ui', async (importOriginal) => {
  const original = await importOriginal<typeof Radix>()
  const Content = original.Popover.Content
  const Counted = forwardRef<HTMLDivElement, ComponentProps<typeof Content>>(
    (props, ref) => {
      content.renders++
      return <Content ref={ref} {...props} />
    },
  )
  return { ...original, Popover: { ...original.Popover, Content: Counted } }
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

  it('answers a new choice in its rows and footer, without placing the popover again', async () => {
    const props = {
      label: 'Direction',
      onChange: vi.fn(),
      options: directionOptions(counts(5)),
    }
    const { rerender } = render(<FacetFilter {...props} selected={[]} />)
    await userEvent.click(screen.getByRole('button', { name: 'Direction' }))
    await screen.findByRole('dialog', { name: 'Filter by direction' })
    const placed = content.renders

    rerender(<FacetFilter {...props} selected={['inbound']} />)
    expect(screen.getByRole('checkbox', { name: /Inbound/ })).toBeChecked()
    expect(screen.getByText('1 selected')).toBeVisible()
    expect(content.renders).toBe(placed)
  })
})
