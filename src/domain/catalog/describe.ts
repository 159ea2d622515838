import { vendorInfo } from '../vendors'
import { phaseLabels, type StatusEntry } from './catalog'
import type { EntryKind } from './entry'

/** The vendor's own mark for the phase, e.g. "Routee: Intermediate"; null where derived. */
export function vendorPhaseMark(entry: StatusEntry): string | null {
  if (!entry.known || !entry.phaseFromVendor) return null
  return `${vendorInfo[entry.vendor].name}: ${entry.phase === 'final' ? 'Final' : 'Intermediate'}`
}

/** What the phase line says: the phase, and where it comes from when the vendor marks it. */
export function phaseText(entry: StatusEntry): string | null {
  if (!entry.known) return null
  const phase = phaseLabels[entry.phase]
  if (!entry.phaseFromVendor) return phase
  const mark = entry.phase === 'final' ? 'Final' : 'Intermediate'
  return `${phase} (${vendorInfo[entry.vendor].name}’s own ${mark} mark)`
}

const kindNotes: Record<Exclude<EntryKind, 'status'>, string> = {
  attempt: 'An attempt marker in the trail, not an outcome.',
  flag: 'A recording flag beside the call’s status, not an outcome.',
  result: 'A result code beside the call’s status, not an outcome.',
}

/** Why an entry that is not a status is never counted as an outcome; null for statuses. */
export function kindNote(entry: StatusEntry): string | null {
  return entry.kind === 'status' ? null : kindNotes[entry.kind]
}

export const kindLabels: Record<EntryKind, string> = {
  status: 'Status',
  attempt: 'Attempt marker',
  flag: 'Recording flag',
  result: 'Result code',
}
