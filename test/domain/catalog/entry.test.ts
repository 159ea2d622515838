import { describe, expect, it } from 'vitest'
import { entriesOf } from '@/domain/catalog/entry'

describe('entriesOf', () => {
  const callrCall = entriesOf('callr', 'call')

  it('makes a final status keyed by vendor, channel and slug, whose code is the slug', () => {
    expect(callrCall('hangup', 'Hangup', 'canceled')).toEqual({
      key: 'callr.call.hangup',
      vendor: 'callr',
      channel: 'call',
      code: 'hangup',
      label: 'Hangup',
      kind: 'status',
      phase: 'final',
      outcome: 'canceled',
    })
  })

  it('takes what the details say over the defaults, and adds the rest', () => {
    const entry = callrCall('error-other', 'Error · Other', null, {
      code: 'ERROR/OTHER',
      kind: 'result',
      phase: 'in-flight',
      levels: { status: 'ERROR', subStatus: 'OTHER' },
    })
    expect(entry).toMatchObject({
      key: 'callr.call.error-other',
      code: 'ERROR/OTHER',
      kind: 'result',
      phase: 'in-flight',
      outcome: null,
      levels: { status: 'ERROR', subStatus: 'OTHER' },
    })
  })
})
