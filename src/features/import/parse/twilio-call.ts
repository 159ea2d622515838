import type { CallWire } from '@/api/call-schema'
import { optionalText, optionalTime, seconds } from './field-readers'
import { isoInstant } from './import-dates'
import { RowProblem } from './row-problem'
import { twilioFields, twilioTrail } from './twilio-resource'
import { isUnderWay, wireStatus } from './wire-status'

/** What answering machine detection found (answered_by), in words. */
const answeredBy: Record<string, string> = {
  human: 'Answered by a person',
  machine_start: 'Answered by a machine',
  machine_end_beep: 'Answered by a machine (message left after the beep)',
  machine_end_silence: 'Answered by a machine (message left after silence)',
  machine_end_other: 'Answered by a machine',
  fax: 'Answered by a fax machine',
  unknown: 'Machine detection could not tell who answered',
}

/** The status a call is created with, by how it was made (Twilio's call status guide). */
function firstStatus(direction: string): string {
  if (direction === 'inbound') return 'ringing'
  // Calls bridged with <Dial> skip queued.
  if (direction === 'outbound-dial') return 'initiated'
  return 'queued'
}

/**
 * One Call resource (a BulkExport line or a REST page item) as the API's call.
 * The trail holds only the times Twilio gives: created (with the status calls
 * start in), started (dialled), ended (with the final status).
 */
export function twilioCallToWire(item: Record<string, unknown>): CallWire {
  const { id, rawDirection, direction, from, to, status } = twilioFields(item)
  const created = optionalTime('date_created', item.date_created)
  const start = optionalTime('start_time', item.start_time)
  const end = optionalTime('end_time', item.end_time)
  const started = start ?? created
  if (started === null)
    throw new RowProblem('start_time', 'start_time and date_created are both missing')
  const duration = seconds('duration', item.duration)
  const ended = !isUnderWay('twilio', 'call', status)
  const trail = twilioTrail('call')
  trail.add(created, firstStatus(rawDirection))
  trail.add(start, direction === 'inbound' ? 'ringing' : 'initiated')
  if (ended) trail.push(end ?? started, status, outcomeDetail(item))
  else trail.add(started, status)
  const span =
    end !== null && start !== null
      ? Math.max(0, Math.round((end - start) / 1000))
      : duration
  const whole = Math.max(span, duration)
  const answered =
    status.toLowerCase() === 'completed' || status.toLowerCase() === 'in-progress'
  const callerName = optionalText('caller_name', item.caller_name)
  return {
    id,
    vendor: 'twilio',
    direction,
    started_at: isoInstant(started),
    duration: whole,
    ring_time: answered ? whole - duration : whole,
    talk_time: answered ? duration : 0,
    contact: { name: callerName, number: direction === 'inbound' ? from : to },
    tracking_number: (direction === 'inbound' ? to : from) || null,
    receiving_number: null,
    source: null,
    agent: null,
    campaign: null,
    has_recording: false,
    status: wireStatus('twilio', 'call', status),
    result: null,
    trail: trail.steps,
  }
}

/** Extra words for the last step: who answered, and Twilio's error code. */
function outcomeDetail(item: Record<string, unknown>): string | null {
  const who = optionalText('answered_by', item.answered_by)
  const error = optionalText('error_code', item.error_code)
  const words = [
    who ? (answeredBy[who] ?? `Answered by: ${who}`) : null,
    error ? `Twilio error ${error}` : null,
  ].filter((word) => word !== null)
  return words.length > 0 ? words.join('; ') : null
}
