import { formatSort, type Sort } from '@/domain/log-query'
import { InvalidParam } from './invalid-param'
import { hashString } from '../random/random'
import type { LogStore } from './log-store'
import { sortValue } from './sort-order'

/** A position in a sorted log: the last row's sort key and index. */
export type CursorKey = { value: number; index: number }

const checksum = (store: LogStore, sort: string, value: number, index: number) =>
  hashString(`${store.fingerprint}|${sort}|${value}|${index}`).toString(36)

const toBase64Url = (text: string) =>
  btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')

const fromBase64Url = (text: string) =>
  atob(text.replaceAll('-', '+').replaceAll('_', '/'))

/** Opaque to clients: base64url of the sort, the key, the index and a checksum. */
export function encodeCursor(store: LogStore, sort: Sort, index: number): string {
  const sortText = formatSort(sort)
  const value = sortValue(store, sort.field, index)
  return toBase64Url(
    [sortText, value, index, checksum(store, sortText, value, index)].join('~'),
  )
}

const malformed = () =>
  new InvalidParam(
    'cursor',
    'The cursor is malformed, or belongs to data that has changed. Start again from the first page (no cursor).',
  )

export function decodeCursor(store: LogStore, sort: Sort, cursor: string): CursorKey {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw malformed()
  let text: string
  try {
    text = fromBase64Url(cursor)
  } catch {
    throw malformed()
  }
  const [sortText, valueText, indexText, check, ...rest] = text.split('~')
  const value = Number(valueText)
  const index = Number(indexText)
  if (
    rest.length > 0 ||
    sortText === undefined ||
    check === undefined ||
    !Number.isInteger(index) ||
    !Number.isFinite(value) ||
    check !== checksum(store, sortText, value, index) ||
    index < 0 ||
    index >= store.size
  ) {
    throw malformed()
  }
  if (sortText !== formatSort(sort)) {
    throw new InvalidParam(
      'cursor',
      `The cursor belongs to sort "${sortText}", not "${formatSort(sort)}". Start again from the first page (no cursor).`,
    )
  }
  if (sortValue(store, sort.field, index) !== value) throw malformed()
  return { value, index }
}
