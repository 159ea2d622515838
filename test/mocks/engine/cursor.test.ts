// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from '@/mocks/engine/cursor'
import { InvalidParam } from '@/mocks/engine/invalid-param'
import { smallDataset } from '../support/small-dataset'

const now = '2026-03-18T16:30:00.000Z'
const store = smallDataset({ seed: 3, calls: 50, texts: 50, days: 5, now }).calls()
const byDuration = { field: 'duration', desc: true } as const
const byTime = { field: 'time', desc: true } as const

const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return error instanceof InvalidParam ? error.param : 'other error'
  }
  return 'accepted'
}

describe('the cursor', () => {
  it('round-trips the position it encodes', () => {
    for (const index of [0, 17, 49]) {
      const cursor = encodeCursor(store, byDuration, index)
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(decodeCursor(store, byDuration, cursor)).toEqual({
        index,
        value: store.duration[index],
      })
    }
  })

  it('refuses a cursor that was changed, cut, made up, or made elsewhere', () => {
    const cursor = encodeCursor(store, byDuration, 17)
    const decoded = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'))
    const forged = (text: string) =>
      btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
    const other = smallDataset({ seed: 4, calls: 50, texts: 50, days: 5, now }).calls()
    const cases = [
      cursor.slice(0, -2),
      `${cursor}x`,
      '',
      '%%%',
      forged(decoded.replace('~17~', '~18~')),
      forged(decoded.replace(/~\d+~/, '~99999~')),
      forged('-duration~1~1'),
      forged('<script>~1~1~1'),
    ]
    for (const text of cases)
      expect(
        refusal(() => decodeCursor(store, byDuration, text)),
        text,
      ).toBe('cursor')
    expect(refusal(() => decodeCursor(store, byTime, cursor))).toBe('cursor')
    expect(refusal(() => decodeCursor(other, byDuration, cursor))).toBe('cursor')
  })
})
