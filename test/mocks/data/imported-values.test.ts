// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { importedStatusDims } from '@/mocks/data/imported-values'

const wire = (key: string | null, code: string) => ({ key, code, label: code }) as never

describe('importedStatusDims', () => {
  const records = [
    { vendor: 'twilio', status: wire('twilio.call.completed', 'completed') },
    { vendor: 'twilio', status: wire(null, 'voicemail-dropped') },
    { vendor: 'acme', status: wire(null, 'done') },
    { vendor: 'twilio', status: wire('twilio.call.busy', 'busy') },
    { vendor: 'twilio', status: wire('twilio.call.completed', 'completed') },
  ]
  const { dims, rank } = importedStatusDims('calls', records)
  const [status, outcome, vendor] = dims
  const valuesOf = (dim: typeof status, codes: ArrayLike<number>) =>
    Array.from(codes, (code) => dim?.values[code]?.value)

  it('counts known statuses by key and unknown ones by vendor and code', () => {
    expect(status?.name).toBe('status')
    expect(valuesOf(status, status?.codes ?? [])).toEqual([
      'twilio.call.completed',
      'twilio:voicemail-dropped',
      'acme:done',
      'twilio.call.busy',
      'twilio.call.completed',
    ])
    expect(Array.from(status?.totals ?? [])).toEqual([2, 1, 1, 1])
  })

  it('follows each status with its outcome group and vendor, unknown ones "unknown"', () => {
    expect(valuesOf(outcome, outcome?.codes ?? [])).toEqual([
      'connected',
      'unknown',
      'unknown',
      'not-answered',
      'connected',
    ])
    expect(valuesOf(outcome, outcome?.byStatus ?? [])).toEqual([
      'connected',
      'unknown',
      'unknown',
      'not-answered',
    ])
    expect(valuesOf(vendor, vendor?.codes ?? [])).toEqual([
      'twilio',
      'twilio',
      'acme',
      'twilio',
      'twilio',
    ])
    // The catalog's vendors first, then the others the file names.
    expect(vendor?.values.at(-1)).toEqual({ value: 'acme' })
  })

  it('sorts by label, A to Z', () => {
    // Labels: Completed, voicemail-dropped, done, Busy.
    expect(Array.from(rank)).toEqual([1, 3, 2, 0, 1])
  })
})
