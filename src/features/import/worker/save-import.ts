import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import {
  getDataset,
  readDataset,
  saveDataset,
  type DatasetMeta,
  type DatasetRecords,
} from '@/lib/datasets/dataset-db'
import type { ImportTarget } from './import-protocol'

/** Each id once: a record read again replaces the one stored. */
export function mergeById<T extends { id: string }>(
  stored: readonly T[],
  added: readonly T[],
): T[] {
  if (stored.length === 0) return [...added]
  const byId = new Map<string, T>()
  for (const record of stored) byId.set(record.id, record)
  for (const record of added) byId.set(record.id, record)
  return [...byId.values()]
}

const timeOf = (record: CallWire | TextWire) =>
  Date.parse('started_at' in record ? record.started_at : record.created_at)

function spanOf(records: DatasetRecords): { from: number; to: number } {
  let from = Infinity
  let to = -Infinity
  for (const list of [records.calls, records.texts]) {
    for (const record of list) {
      const time = timeOf(record)
      if (time < from) from = time
      if (time > to) to = time
    }
  }
  return Number.isFinite(from) ? { from, to: to + 1 } : { from: 0, to: 0 }
}

const newId = () =>
  `set-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`

/** Stores what was read as a new set, or merged into an existing one. */
export async function saveImport(
  target: ImportTarget,
  added: DatasetRecords,
  progress: (done: number, total: number) => void,
): Promise<DatasetMeta> {
  const existing = target.id === null ? undefined : await getDataset(target.id)
  const stored = existing ? await readDataset(existing.id) : { calls: [], texts: [] }
  const records: DatasetRecords = {
    calls: mergeById(stored.calls, added.calls),
    texts: mergeById(stored.texts, added.texts),
  }
  const total = records.calls.length + records.texts.length
  progress(0, total)
  const now = new Date().toISOString()
  const meta = await saveDataset(
    {
      id: existing?.id ?? newId(),
      name: existing?.name ?? target.name,
      revision: newId(),
      created: existing?.created ?? now,
      counts: { calls: records.calls.length, texts: records.texts.length },
      ...spanOf(records),
    },
    records,
  )
  progress(total, total)
  return meta
}
