import type { CallWire } from '@/api/call-schema'
import type { TextWire } from '@/api/text-schema'
import { readDataset } from '@/lib/datasets/dataset-db'
import { prewarm } from '../engine/prewarm'
import type { DatasetRef } from '../engine/mock-request'
import { measured } from '../measure'
import type { CallStore } from './call-store'
import { buildImportedCallStore } from './imported-call-store'
import { buildImportedTextStore } from './imported-text-store'

/** An imported data set as the engine serves it: each log built on first use. */
export type ImportedSet = {
  key: string
  calls: () => CallStore
  texts: () => ReturnType<typeof buildImportedTextStore>
}

const keyOf = (ref: DatasetRef) => `${ref.id}|${ref.revision}`

/** One set at a time: switching back to one built before reads it again. */
let current: ImportedSet | undefined

export function importedSet(ref: DatasetRef): ImportedSet | undefined {
  return current?.key === keyOf(ref) ? current : undefined
}

/** Serves these records as the set `ref` from now on. */
export function serveImportedRecords(
  ref: DatasetRef,
  records: { calls: readonly CallWire[]; texts: readonly TextWire[] },
): ImportedSet {
  const key = keyOf(ref)
  let calls: CallStore | undefined
  let texts: ReturnType<typeof buildImportedTextStore> | undefined
  const build = <S extends { size: number }>(log: string, size: number, make: () => S) =>
    measured('mock:build', { log, size, imported: true }, make)
  current = {
    key,
    calls: () =>
      (calls ??= build('calls', records.calls.length, () => {
        const store = buildImportedCallStore(key, records.calls)
        prewarm(store)
        return store
      })),
    texts: () =>
      (texts ??= build('texts', records.texts.length, () => {
        const store = buildImportedTextStore(key, records.texts)
        prewarm(store)
        return store
      })),
  }
  return current
}

/** Reads the set from this browser's IndexedDB unless it is the one loaded; false if gone. */
export async function loadImportedSet(ref: DatasetRef): Promise<boolean> {
  if (importedSet(ref)) return true
  const records = await readDataset(ref.id)
  if (records.calls.length === 0 && records.texts.length === 0) return false
  serveImportedRecords(ref, records)
  return true
}
