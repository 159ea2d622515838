import type { Channel } from '@/domain/vendors'
import type { WireTrailStep } from '@/api/wire-status'
import { optionalText, requiredText } from './field-readers'
import { isoInstant } from './import-dates'
import { plainRecordId } from './row-id'
import { twilioDirection } from './twilio-direction'
import { wireStatus } from './wire-status'

/** What a Call and a Message resource say alike: their id, direction, numbers and status. */
export function twilioFields(item: Record<string, unknown>) {
  // Read in this order, so a row with several bad fields is reported by the first.
  // A sid that is not a plain id (a damaged export) is hashed: ids go into URLs.
  const id = plainRecordId(requiredText('sid', item.sid))
  const rawDirection = optionalText('direction', item.direction) ?? ''
  const from = optionalText('from', item.from) ?? ''
  const to = optionalText('to', item.to) ?? ''
  const status = requiredText('status', item.status)
  return { id, rawDirection, direction: twilioDirection(rawDirection), from, to, status }
}

/** A record's trail of Twilio statuses, built step by step from the times Twilio gives. */
export function twilioTrail(channel: Channel) {
  const steps: WireTrailStep[] = []
  const step = (at: number, code: string, detail: string | null = null) => {
    steps.push({
      at: isoInstant(at),
      status: wireStatus('twilio', channel, code),
      detail,
    })
  }
  return {
    steps,
    /** The last step's status code, if any. */
    last: () => steps.at(-1)?.status.code,
    /** A step, whatever came before. */
    push: step,
    /** A step at a time Twilio gave (none: no step), unless the status stays the same. */
    add: (at: number | null, code: string, detail: string | null = null) => {
      if (at !== null && steps.at(-1)?.status.code !== code) step(at, code, detail)
    },
  }
}
