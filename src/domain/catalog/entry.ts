import type { OutcomeGroup } from '../outcomes'
import type { Channel, Vendor } from '../vendors'

/**
 * In the order an activity moves through them. Provisional: an outcome that
 * can still change, as when a delivery receipt may yet follow CTM's Sent.
 */
export const phases = ['in-flight', 'provisional', 'final'] as const
export type Phase = (typeof phases)[number]

/**
 * status: a state the activity can be in (its current or final status).
 * attempt: a step marker in the trail (Messenger's TryNumber), never an outcome.
 * flag: a fact about the activity beside its status (CTM's No Audio).
 * result: CALLR's result code, attached to calls that reached the phone.
 */
export const entryKinds = ['status', 'attempt', 'flag', 'result'] as const
export type EntryKind = (typeof entryKinds)[number]

/** One (vendor, status) as written in a vendor file; `key` is `<vendor>.<channel>.<code>`. */
export type EntrySpec = {
  key: string
  vendor: Vendor
  channel: Channel
  /** The code as the vendor sends it. */
  code: string
  /** The vendor's display label. */
  label: string
  kind: EntryKind
  phase: Phase
  /** Null for flags and result codes: they describe an activity, they are not its outcome. */
  outcome: OutcomeGroup | null
  /** Other spellings the vendor (or its exports) use. */
  aliases?: readonly string[]
  /** CALLR's two levels, kept apart. */
  levels?: { status: string; subStatus: string }
  /** For result codes: the statuses a call must have for the code to apply. */
  appliesTo?: readonly string[]
  /** For phase: true when the vendor marks it (Routee), false when derived from the meaning. */
  phaseFromVendor?: boolean
  /**
   * True for a status Callboard shows that the vendor never sends (CALLR's
   * In progress, for a call whose record has not been written yet).
   */
  ours?: boolean
}
