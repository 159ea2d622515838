// @vitest-environment node
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { CallWire } from '@/api/call-schema'
import {
  chunkSize,
  deleteDataset,
  getDataset,
  listDatasets,
  readDataset,
  saveDataset,
} from '@/lib/datasets/dataset-db'
import { mergeById, saveImport } from '@/features/import/worker/save-import'

const call = (id: string, at = '2026-03-17T08:00:00.000Z') =>
  ({ id, started_at: at, status: { code: 'completed', key: null } }) as CallWire

const meta = (id: string, name = id) => ({
  id,
  name,
  revision: 'r1',
  created: new Date().toISOString(),
  counts: { calls: 0, texts: 0 },
  from: 0,
  to: 1,
})

describe('imported data sets in IndexedDB', () => {
  it('stores a set in chunks and reads every record back, in order', async () => {
    const calls = Array.from({ length: chunkSize + 5 }, (_, i) => call(`CA${i}`))
    const saved = await saveDataset(meta('a'), { calls, texts: [] })
    expect(saved.chunks).toEqual({ calls: 2, texts: 0 })
    const read = await readDataset('a')
    expect(read.calls.map((c) => c.id)).toEqual(calls.map((c) => c.id))
    expect(read.texts).toEqual([])
    expect((await listDatasets()).map((set) => set.id)).toContain('a')
  })

  it('replaces a set whole when it is saved again, and forgets it once removed', async () => {
    await saveDataset(meta('b'), { calls: [call('1'), call('2'), call('3')], texts: [] })
    await saveDataset(meta('b'), { calls: [call('4')], texts: [] })
    expect((await readDataset('b')).calls.map((c) => c.id)).toEqual(['4'])
    await deleteDataset('b')
    expect(await getDataset('b')).toBeUndefined()
    expect(await readDataset('b')).toEqual({ calls: [], texts: [] })
  })

  it('imports into an existing set without doubling the ids it holds', async () => {
    const first = await saveImport(
      { id: null, name: 'day.jsonl' },
      { calls: [call('CA1'), call('CA2')], texts: [] },
      () => undefined,
    )
    const again = await saveImport(
      { id: first.id, name: 'day.jsonl' },
      { calls: [call('CA2'), call('CA3', '2026-03-18T08:00:00.000Z')], texts: [] },
      () => undefined,
    )
    expect(again.id).toBe(first.id)
    expect(again.counts).toEqual({ calls: 3, texts: 0 })
    // New records, a new revision: the data worker builds the log again.
    expect(again.revision).not.toBe(first.revision)
    expect(again.to).toBe(Date.parse('2026-03-18T08:00:00.000Z') + 1)
    expect((await readDataset(first.id)).calls.map((c) => c.id)).toEqual([
      'CA1',
      'CA2',
      'CA3',
    ])
  })
})

describe('mergeById', () => {
  it('keeps each id once, the record read last winning', () => {
    const merged = mergeById([call('a'), call('b')], [{ ...call('b'), duration: 9 }])
    expect(merged.map((c) => c.id)).toEqual(['a', 'b'])
    expect(merged[1]?.duration).toBe(9)
  })
})
