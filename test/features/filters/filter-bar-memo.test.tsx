import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type * as PopoverModule from '@/features/filters/facet-popover'
import { filterBarPages, type FacetCounts } from '@/features/filters/facet-specs'
import { FilterBar, type FilterBarProps } from '@/features/filters/filter-bar'

// Counts each facet's popover renders, by its label.
const popover = vi.hoisted(() => ({ renders: new Map<string, number>() }))
vi.mock('@/features/filters/facet-popover', async (importOriginal) => {
  const original = await importOriginal<typeof PopoverModule>()
  return {
    ...original,
    FacetPopover: (props: Parameters<typeof original.FacetPopover>[0]) => {
      popover.renders.set(props.label, (popover.renders.get(props.label) ?? 0) + 1)
      return original.FacetPopover(props)
    },
  }
})

/** A new answer each time: new objects, the same figures unless told. */
const counts = (agents: number): FacetCounts => ({
  direction: [
    { value: 'inbound', count: 4 },
    { value: 'outbound', count: 3 },
  ],
  agent: [{ value: 'ana-ruiz', label: 'Ana Ruiz', count: agents }],
})

describe('one filter bar, configured per page', () => {
  it.each(['calls', 'insights'] as const)(
    'on %s, keeps an open facet still while the bar re-renders for something else',
    async (scope) => {
      const props = (agents: number, q?: string): FilterBarProps => ({
        page: filterBarPages[scope],
        search: q ? { q } : {},
        now: Date.UTC(2026, 2, 18),
        // Insights hands the bar a new counts object on every render.
        counts: { calls: counts(agents), texts: counts(agents) },
        onSearchChange,
      })
      const onSearchChange = vi.fn()
      const { rerender } = render(<FilterBar {...props(1)} />)
      const bar = screen.getByRole('search', { name: filterBarPages[scope].label })
      await userEvent.click(within(bar).getByRole('button', { name: 'Direction' }))
      await screen.findByRole('dialog', { name: 'Filter by direction' })
      const opened = popover.renders.get('Direction')

      // Another facet's counts and the search text change; Direction's do not.
      rerender(<FilterBar {...props(2, 'ana')} />)
      rerender(<FilterBar {...props(3, 'anna')} />)
      expect(popover.renders.get('Direction')).toBe(opened)

      await userEvent.click(screen.getByRole('checkbox', { name: /Inbound/ }))
      expect(onSearchChange).toHaveBeenLastCalledWith({
        direction: ['inbound'],
        id: undefined,
      })
    },
  )

  it('offers each page the facets its logs have', () => {
    const names = (scope: keyof typeof filterBarPages) => {
      const { unmount } = render(
        <FilterBar
          page={filterBarPages[scope]}
          search={{}}
          now={0}
          counts={{}}
          onSearchChange={vi.fn()}
        />,
      )
      const buttons = within(screen.getByRole('search'))
        .getAllByRole('button')
        .map((button) => button.textContent)
        .slice(1)
      unmount()
      return buttons
    }
    const all = [
      'Status',
      'Outcome',
      'Vendor',
      'Direction',
      'Agent',
      'Source',
      'Campaign',
    ]
    expect(names('calls')).toEqual(all)
    expect(names('insights')).toEqual(all)
    expect(names('texts')).toEqual(['Status', 'Outcome', 'Vendor', 'Direction'])
  })
})
