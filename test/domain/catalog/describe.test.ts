import { describe, expect, it } from 'vitest'
import { getStatus, lookupStatus } from '@/domain/catalog/catalog'
import { kindNote, phaseText, vendorPhaseMark } from '@/domain/catalog/describe'

describe('phaseText', () => {
  it('names Routee’s own mark where Routee gives one', () => {
    expect(phaseText(getStatus('routee.call.unknown'))).toBe(
      'In flight (Routee’s own Intermediate mark)',
    )
    expect(phaseText(getStatus('routee.call.busy'))).toBe(
      'Final (Routee’s own Final mark)',
    )
    expect(phaseText(getStatus('routee.campaign.finished'))).toBe(
      'Final (Routee’s own Final mark)',
    )
  })

  it('gives the derived phase alone elsewhere', () => {
    expect(phaseText(getStatus('routee.campaign.sent'))).toBe('In flight')
    expect(phaseText(getStatus('ctm.text.queued'))).toBe('In flight')
    expect(phaseText(getStatus('messenger.call.ringing'))).toBe('Final')
  })

  it('has nothing to say about a status not in the catalog', () => {
    expect(phaseText(lookupStatus('routee', 'call', 'Teleported'))).toBeNull()
  })
})

describe('vendorPhaseMark', () => {
  it('quotes the vendor’s mark only where the vendor gives one', () => {
    expect(vendorPhaseMark(getStatus('routee.call.queued'))).toBe('Routee: Intermediate')
    expect(vendorPhaseMark(getStatus('routee.campaign.failed'))).toBe('Routee: Final')
    expect(vendorPhaseMark(getStatus('routee.campaign.running'))).toBeNull()
    expect(vendorPhaseMark(getStatus('messenger.call.queued'))).toBeNull()
  })
})

describe('kindNote', () => {
  it('says why flags, result codes and attempts are not outcomes', () => {
    expect(kindNote(getStatus('ctm.call.no-audio'))).toMatch(/recording flag/i)
    expect(kindNote(getStatus('callr.call.hangup'))).toMatch(/result code/i)
    expect(kindNote(getStatus('messenger.call.try-number-2'))).toMatch(/attempt/i)
    expect(kindNote(getStatus('ctm.call.busy'))).toBeNull()
  })
})
