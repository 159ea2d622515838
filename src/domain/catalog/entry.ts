import { outcomeInfo, type OutcomeGroup } from '../outcomes'
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

/** What an entry may say beyond its code, label and outcome group. */
export type EntryDetails = Partial<
  Omit<EntrySpec, 'key' | 'vendor' | 'channel' | 'label' | 'outcome'>
>

/** An entry as `entriesOf` makes it: key, vendor and channel (and appliesTo, if any) as literal types. */
type Entry<V extends Vendor, C extends Channel, S extends string> = Omit<
  EntrySpec,
  'key' | 'vendor' | 'channel' | 'appliesTo'
> & { key: `${V}.${C}.${S}`; vendor: V; channel: C }

/**
 * A status is in flight exactly when its outcome group is not an outcome
 * (in progress, in flight); flags and result codes are final. So only a
 * provisional phase (a receipt may still follow) needs saying.
 */
export const phaseOf = (outcome: OutcomeGroup | null): Phase =>
  outcome !== null && !outcomeInfo[outcome].isOutcome ? 'in-flight' : 'final'

type Hyphenate<
  T extends string,
  Mark extends string,
> = T extends `${infer A}${Mark}${infer B}` ? `${A}-${Hyphenate<B, Mark>}` : T

/**
 * A vendor's code as the last part of a key: `ABSENT/NO_ANSWER` →
 * `absent-no-answer` (CALLR's slash and snake case both become hyphens).
 */
type SlugOf<T extends string> = Lowercase<Hyphenate<Hyphenate<T, '/'>, '_'>>

// The cast says in types what the replace does; entry.test.ts holds both to it.
export const slugOf = <const T extends string>(code: T) =>
  code.toLowerCase().replace(/[/_]/g, '-') as SlugOf<T>

/**
 * A vendor's code as words: `partially_delivered` → `Partially delivered`,
 * `in-progress` → `In progress` (Twilio's codes are hyphenated or snake case).
 */
export function sentenceCase(code: string): string {
  const words = code.toLowerCase().replace(/[-_]/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/**
 * The entries of one vendor's channel: `entry(slug, label, outcome)` is a
 * status whose code is the slug and whose phase follows from its outcome
 * group (`phaseOf`), unless `shared` (what holds for every entry of the
 * vendor's channel, given its label) or `details` says otherwise.
 */
export function entriesOf<const V extends Vendor, const C extends Channel>(
  vendor: V,
  channel: C,
  // Never the phase: that follows from each entry's outcome group, or its own details.
  shared?: (label: string) => Omit<EntryDetails, 'appliesTo' | 'phase'>,
) {
  // NoInfer: the details are what the call says, not what the list it sits in expects.
  return <const S extends string, const D extends EntryDetails = { appliesTo?: never }>(
    slug: S,
    label: string,
    outcome: OutcomeGroup | null,
    details?: D,
  ): Entry<V, C, S> & NoInfer<D> =>
    ({
      key: `${vendor}.${channel}.${slug}`,
      vendor,
      channel,
      code: slug,
      label,
      kind: 'status',
      phase: phaseOf(outcome),
      outcome,
      ...shared?.(label),
      ...details,
    }) as Entry<V, C, S> & D
}

/**
 * The entries of a vendor that sends machine codes (`partially_delivered`,
 * `ABSENT/NO_ANSWER`): `entry(code, outcome)` is keyed by its code, hyphenated,
 * and labelled with the code in words (`labelOf`) unless `details` says otherwise.
 */
export function codedEntriesOf<const V extends Vendor, const C extends Channel>(
  vendor: V,
  channel: C,
  labelOf: (code: string) => string = sentenceCase,
) {
  const entry = entriesOf(vendor, channel)
  return <
    const Code extends string,
    const D extends EntryDetails = { appliesTo?: never },
  >(
    code: Code,
    outcome: OutcomeGroup | null,
    details?: D,
  ): Entry<V, C, SlugOf<Code>> & NoInfer<D> =>
    // Object.assign, not a spread: a spread of optional details would widen their
    // type to EntryDetails and lose appliesTo's literal keys.
    entry(slugOf(code), labelOf(code), outcome, Object.assign({ code }, details))
}
