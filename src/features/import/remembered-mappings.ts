import { isVendor, type Vendor } from '@/domain/vendors'
import { headerSignature, type CsvMapping } from './parse/csv-mapping'

/** What the user confirmed for a CSV layout, kept for the next file with the same header. */
export type RememberedMapping = { mapping: CsvMapping; vendor: Vendor | null }

const storageKey = 'callboard.import.mappings'

function readAll(): Record<string, RememberedMapping> {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(storageKey) ?? '{}') as unknown
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, RememberedMapping>)
      : {}
  } catch {
    return {}
  }
}

export function rememberedMapping(header: readonly string[]): RememberedMapping | null {
  const found = readAll()[headerSignature(header)]
  // Hand-edited storage must not break the dialog: only a mapping's shape is taken.
  if (typeof found?.mapping !== 'object') return null
  return {
    mapping: found.mapping,
    vendor: isVendor(String(found.vendor)) ? found.vendor : null,
  }
}

export function rememberMapping(
  header: readonly string[],
  remembered: RememberedMapping,
) {
  try {
    const all = readAll()
    all[headerSignature(header)] = remembered
    window.localStorage.setItem(storageKey, JSON.stringify(all))
  } catch {
    // Storage full or disabled: the mapping is asked for again next time.
  }
}
