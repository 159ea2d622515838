import type { TextWire } from '@/api/text-schema'
import { optionalText, optionalTime, segmentCount } from './field-readers'
import { isoInstant } from './import-dates'
import { RowProblem } from './row-problem'
import { twilioFields, twilioTrail } from './twilio-resource'
import { isUnderWay, wireStatus } from './wire-status'

/** The status a message is created with (Twilio's outbound message status guide). */
function firstStatus(item: Record<string, unknown>, inbound: boolean): string {
  if (inbound) return 'receiving'
  return optionalText('messaging_service_sid', item.messaging_service_sid)
    ? 'accepted'
    : 'queued'
}

/**
 * One Message resource (a BulkExport line or a REST page item) as the API's
 * text. The trail holds only the times Twilio gives: created, sent (date_sent)
 * and, for a receipt that came later, the last update (date_updated).
 */
export function twilioMessageToWire(item: Record<string, unknown>): TextWire {
  const { id, direction, from, to, status } = twilioFields(item)
  const inbound = direction === 'inbound'
  const created = optionalTime('date_created', item.date_created)
  const sent = optionalTime('date_sent', item.date_sent)
  const updated = optionalTime('date_updated', item.date_updated)
  const at = created ?? sent
  if (at === null)
    throw new RowProblem('date_created', 'date_created and date_sent are both missing')
  const body = optionalText('body', item.body) ?? ''
  const error = optionalText('error_code', item.error_code)
  const trail = twilioTrail('text')
  trail.add(created, firstStatus(item, inbound))
  const settled = !isUnderWay('twilio', 'text', status)
  const key = wireStatus('twilio', 'text', status).key
  const receipt = key !== 'twilio.text.sent' && key !== 'twilio.text.failed'
  if (!inbound && settled && receipt) trail.add(sent, 'sent')
  // The current status was reached by the last update at the latest.
  const last = Math.max(at, sent ?? at, settled && !inbound ? (updated ?? at) : at)
  if (trail.last() !== status || error)
    trail.push(last, status, error ? `Twilio error ${error}` : null)
  return {
    id,
    vendor: 'twilio',
    direction,
    created_at: isoInstant(at),
    from,
    to,
    contact: { name: null, number: inbound ? from : to },
    body,
    segments: segmentCount('num_segments', item.num_segments),
    status: wireStatus('twilio', 'text', status),
    trail: trail.steps,
  }
}
