import { activeDataset } from '@/lib/datasets/active-dataset'
import type { DatasetRef } from './mock-request'

/** The `set` of a request: the imported data set this page shows, if any. */
export function activeDatasetRef(): { set?: DatasetRef } {
  const active = activeDataset()
  return active ? { set: { id: active.id, revision: active.revision } } : {}
}
