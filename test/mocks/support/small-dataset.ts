import { currentDataset } from '@/mocks/data/dataset'
import { defaultSettings } from '@/mocks/settings/mock-settings'
import type { Row } from './reference-query'

export type SmallDataset = {
  seed: number
  calls: number
  texts: number
  days: number
  now: string
}

export const smallDataset = ({ seed, calls, texts, days, now }: SmallDataset) =>
  currentDataset({ ...defaultSettings, seed, calls, texts, days, now })

/** Every record of a store, materialised, in store (time) order. */
export function allRows(store: {
  size: number
  record: (index: number) => Row['wire']
}): Row[] {
  return Array.from({ length: store.size }, (_, index) => ({
    index,
    wire: store.record(index),
  }))
}
