import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { CustomRange } from '@/features/filters/custom-range'
import { atTime, timeOf } from '@/features/filters/zoned-day'

describe('the custom range calendar', () => {
  it.each([
    ['UTC', '2026-12-03T00:00:00.000Z', '2026-12-10T00:00:00.000Z'],
    ['America/Chicago', '2026-12-03T06:00:00.000Z', '2026-12-10T06:00:00.000Z'],
    ['Pacific/Kiritimati', '2026-12-02T10:00:00.000Z', '2026-12-09T10:00:00.000Z'],
  ])('picks days in the page’s zone (%s)', async (zone, from, to) => {
    const onApply = vi.fn()
    // 5 to 10 December, midnight to midnight in the zone.
    const initial = {
      from: atTime(new Date(Date.parse(from) + 2 * 86_400_000), '00:00', zone).getTime(),
      to: Date.parse(to),
    }
    render(
      <CustomRange
        initial={initial}
        now={Date.parse('2026-12-20T12:00:00Z')}
        zone={zone}
        onApply={onApply}
      />,
    )
    expect(screen.getByLabelText('Start time')).toHaveValue('00:00')
    // November's page shows 3 December too, as an outside day.
    const day = screen
      .getAllByRole('button', { name: /December 3rd, 2026/ })
      .find((button) => !button.closest('[data-outside]'))
    await userEvent.click(day as HTMLElement)
    await userEvent.click(screen.getByRole('button', { name: 'Apply range' }))
    expect(onApply).toHaveBeenCalledWith({ from, to })
  })
})

describe('a clock time in a zone', () => {
  it('reads and sets hours in the zone, not the browser’s', () => {
    const instant = Date.parse('2026-12-03T23:30:00Z')
    expect(timeOf(instant, 'UTC')).toBe('23:30')
    expect(timeOf(instant, 'Asia/Tokyo')).toBe('08:30')
    // In Tokyo that instant is already 4 December.
    expect(atTime(new Date(instant), '09:00', 'Asia/Tokyo').toISOString()).toBe(
      '2026-12-04T00:00:00.000Z',
    )
  })
})
