import { isOutcomeGroup, outcomeInfo } from '../outcomes'

/**
 * The order a channel's groups are drawn and stacked in: its own outcomes in
 * the catalog's order, then the outcomes both channels share (Failed, Not in
 * catalog), then what is still under way. Texts then read Delivered → Sent →
 * … → Failed, as calls read Connected → … → Failed.
 */
export function outcomeOrder<G extends string>(groups: readonly G[]): G[] {
  const rank = (group: string) => {
    if (!isOutcomeGroup(group)) return 1
    const info = outcomeInfo[group]
    if (!info.isOutcome) return 2
    return info.channels.includes('call') && info.channels.includes('text') ? 1 : 0
  }
  return [0, 1, 2].flatMap((r) => groups.filter((group) => rank(group) === r))
}
