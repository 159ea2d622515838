import type { LogKind } from '@/domain/log-query'

/** How the charts of each log name its records and its log page. */
export const channelWords: Record<
  LogKind,
  { one: string; many: string; title: string; log: string }
> = {
  calls: { one: 'call', many: 'calls', title: 'Calls', log: 'Activity Log' },
  texts: { one: 'text', many: 'texts', title: 'Texts', log: 'Text Log' },
}
