import type { OutcomeGroup } from '../outcomes'
import { normalizeStatusText, type KnownStatus } from './catalog'

/** One word several vendors (or channels) use for statuses that do not mean the same. */
export type WordClash = {
  word: string
  entries: readonly KnownStatus[]
}

// Both say "not settled yet", one for calls and one for texts.
const settledness = (outcome: OutcomeGroup | null) =>
  outcome === 'in-flight' ? 'in-progress' : outcome

const signature = (entry: KnownStatus) =>
  `${entry.kind}|${entry.phase}|${settledness(entry.outcome) ?? 'none'}`

/**
 * Words (labels, codes and other spellings: "Canceled" and "Cancelled" alike) that
 * stand for entries differing in kind, phase or outcome group. Built from the
 * catalog, so a new clash shows up on its own.
 */
export function wordClashes(entries: readonly KnownStatus[]): WordClash[] {
  const byWord = new Map<string, { word: string; entries: KnownStatus[] }>()
  for (const entry of entries) {
    const words = new Set(
      [entry.label, entry.code, ...(entry.aliases ?? [])].map((term) =>
        normalizeStatusText(term),
      ),
    )
    for (const word of words) {
      const group = byWord.get(word) ?? { word: entry.label, entries: [] }
      group.entries.push(entry)
      byWord.set(word, group)
    }
  }
  const clashes: WordClash[] = []
  const seen = new Set<string>()
  for (const group of byWord.values()) {
    const keys = group.entries.map((entry) => entry.key).join(',')
    if (seen.has(keys)) continue
    seen.add(keys)
    if (new Set(group.entries.map(signature)).size > 1) clashes.push(group)
  }
  return clashes
}
