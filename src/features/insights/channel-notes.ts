import type { ChannelView } from '@/domain/insights/channel-view'
import { logKindInfo, otherKind } from '@/domain/log-kind'

const list = (names: readonly string[]) =>
  names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`

/** Why a log shows nothing: every value of a filter belongs to the other log. */
export function excludedReason(view: ChannelView): string | undefined {
  if (view.excludedBy.length === 0) return undefined
  const own = logKindInfo[view.kind].noun
  const other = logKindInfo[otherKind(view.kind)].noun
  const s = view.excludedBy.length > 1 ? 's' : ''
  return `No ${own.many} can match: the ${list(view.excludedBy)} filter${s} only name${s ? '' : 's'} values of ${other.many}.`
}

/** Filters a log does not have, which the page applies to the other log only. */
export function notAppliedNote(view: ChannelView): string | undefined {
  if (view.notApplied.length === 0) return undefined
  const own = logKindInfo[view.kind].noun
  const s = view.notApplied.length > 1 ? 's' : ''
  return `The ${list(view.notApplied)} filter${s} appl${s ? 'y' : 'ies'} to calls only; ${own.many} are shown without ${view.notApplied.length > 1 ? 'them' : 'it'}.`
}
