import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import type { LogKind } from '@/domain/log-query'

/** What the header's switch lists about an imported data set; its records are apart. */
export type DatasetMeta = {
  id: string
  name: string
  /** Changes whenever the records change, so a built log is not reused after. */
  revision: string
  created: string
  counts: Record<LogKind, number>
  /** The first record's time and just after the last one's (epoch ms). */
  from: number
  to: number
  /** How many chunks of each kind hold the records. */
  chunks: Record<LogKind, number>
}

export type DatasetRecords = { calls: CallWire[]; texts: TextWire[] }

type Chunk = { set: string; kind: LogKind; index: number; json: string }

interface DatasetSchema extends DBSchema {
  sets: { key: string; value: DatasetMeta }
  chunks: { key: [string, LogKind, number]; value: Chunk }
}

/** Where imported data sets live: this browser's IndexedDB, nowhere else. */
export const databaseName = 'callboard-datasets'

/** Records are stored as JSON text in chunks: one clone per chunk, not per record. */
export const chunkSize = 20_000

let opened: Promise<IDBPDatabase<DatasetSchema>> | undefined

function database(): Promise<IDBPDatabase<DatasetSchema>> {
  opened ??= openDB<DatasetSchema>(databaseName, 1, {
    upgrade(db) {
      db.createObjectStore('sets', { keyPath: 'id' })
      db.createObjectStore('chunks', { keyPath: ['set', 'kind', 'index'] })
    },
  })
  return opened
}

const chunksOf = (set: string, kind: LogKind) =>
  IDBKeyRange.bound([set, kind, 0], [set, kind, Number.MAX_SAFE_INTEGER])

export async function listDatasets(): Promise<DatasetMeta[]> {
  const sets = await (await database()).getAll('sets')
  return sets.sort((a, b) => b.created.localeCompare(a.created))
}

export async function getDataset(id: string): Promise<DatasetMeta | undefined> {
  return (await database()).get('sets', id)
}

/**
 * Writes a data set whole, replacing what it held, in one transaction: a
 * write that is cancelled or fails leaves the set as it was, never half.
 */
export async function saveDataset(
  meta: Omit<DatasetMeta, 'chunks'>,
  records: DatasetRecords,
): Promise<DatasetMeta> {
  const db = await database()
  const tx = db.transaction(['sets', 'chunks'], 'readwrite')
  const chunks = tx.objectStore('chunks')
  const counts = { calls: 0, texts: 0 }
  const store = async (kind: LogKind, list: readonly unknown[]) => {
    await chunks.delete(chunksOf(meta.id, kind))
    for (let index = 0; index * chunkSize < list.length; index++) {
      const slice = list.slice(index * chunkSize, (index + 1) * chunkSize)
      await chunks.put({ set: meta.id, kind, index, json: JSON.stringify(slice) })
      counts[kind] = index + 1
    }
  }
  await store('calls', records.calls)
  await store('texts', records.texts)
  const saved: DatasetMeta = { ...meta, chunks: counts }
  await tx.objectStore('sets').put(saved)
  await tx.done
  return saved
}

/** Every record of a set, in the order stored. */
export async function readDataset(id: string): Promise<DatasetRecords> {
  const db = await database()
  const tx = db.transaction('chunks', 'readonly')
  const read = async <T>(kind: LogKind): Promise<T[]> => {
    const chunks = await tx.store.getAll(chunksOf(id, kind))
    return chunks.flatMap((chunk) => JSON.parse(chunk.json) as T[])
  }
  const [calls, texts] = await Promise.all([
    read<CallWire>('calls'),
    read<TextWire>('texts'),
  ])
  await tx.done
  return { calls, texts }
}

export async function deleteDataset(id: string): Promise<void> {
  const db = await database()
  const tx = db.transaction(['sets', 'chunks'], 'readwrite')
  await Promise.all([
    tx.objectStore('chunks').delete(chunksOf(id, 'calls')),
    tx.objectStore('chunks').delete(chunksOf(id, 'texts')),
    tx.objectStore('sets').delete(id),
  ])
  await tx.done
}
