/** Ids the API and the URL accept as they are. */
const plainId = /^[\w-]{1,64}$/

/** Two 32-bit FNV-1a hashes of the cells (different offsets), as 16 hex digits. */
function hash(cells: readonly string[]): string {
  let a = 0x811c9dc5
  let b = 0x9747b28c
  for (const cell of cells) {
    for (let i = 0; i < cell.length; i += 1) {
      const code = cell.charCodeAt(i)
      a = Math.imul(a ^ code, 0x01000193)
      b = Math.imul(b ^ code, 0x01000193)
    }
    // A separator, so ["ab", "c"] and ["a", "bc"] differ.
    a = Math.imul(a ^ 0x1f, 0x01000193)
    b = Math.imul(b ^ 0x1e, 0x01000193)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}

/**
 * A stable id for a CSV row: its id column when that is a plain id, a hash
 * of it otherwise, and a hash of the whole row when there is no id column;
 * the same row imported twice gets the same id, so it is stored once.
 */
export function rowId(cells: readonly string[], id?: string | null): string {
  if (id && plainId.test(id)) return id
  return `${id ? 'id' : 'row'}-${hash(cells)}`
}

/** An id as it is when plain, else a stable hash of it. */
export function plainRecordId(id: string): string {
  return rowId([id], id)
}
