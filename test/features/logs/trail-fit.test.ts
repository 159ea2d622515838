import { describe, expect, it } from 'vitest'
import {
  estimateStepWidth,
  linesFor,
  stepsThatFit,
} from '@/features/logs/cells/trail-fit'

describe('stepsThatFit', () => {
  it('keeps a short trail whole', () => {
    expect(stepsThatFit(['In progress', 'Answered'])).toBe(2)
  })

  it('keeps the latest steps of a long trail, as many as two lines hold', () => {
    const labels = [
      'Queued',
      'TryNumber 1',
      'TryNumber 2',
      'Connected – Answered',
      'In-progress',
      'Completed',
    ]
    const fitted = stepsThatFit(labels, 300, 2)
    expect(fitted).toBeLessThan(labels.length)
    const widths = labels.slice(-fitted).map(estimateStepWidth)
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2 * 300)
  })

  it('always shows the last step, however long its label', () => {
    expect(stepsThatFit(['x'.repeat(200)], 100)).toBe(1)
  })

  it('fits more on wider cells', () => {
    const labels = Array.from({ length: 8 }, () => 'Ringing')
    expect(stepsThatFit(labels, 500)).toBeGreaterThan(stepsThatFit(labels, 300))
  })

  it('counts lines as the cell flows them, from the first shown step, so the last is never wrapped out', () => {
    const labels = ['Pending', 'Queued', 'Sending', 'Sent', 'Delivered']
    // Packed from the end, four steps seem to fit two lines of 293 px; laid out from
    // the start behind the "+1" marker, Delivered would land on a third, hidden line.
    expect(linesFor(labels.slice(-4), true, 293)).toBe(3)
    const fitted = stepsThatFit(labels, 293)
    expect(
      linesFor(labels.slice(-fitted), fitted < labels.length, 293),
    ).toBeLessThanOrEqual(2)
    expect(fitted).toBe(3)
  })
})
