import { isVendor, vendorInfo, vendors } from '@/domain/vendors'
import { squashName } from './csv-mapping'

const byName = new Map<string, string>(
  vendors.flatMap((vendor) =>
    [vendor, vendorInfo[vendor].shortName, vendorInfo[vendor].name].map(
      (name) => [squashName(name), vendor] as const,
    ),
  ),
)

/** A vendor cell as a vendor id: "CallTrackingMetrics", "CTM", "ctm" → ctm; others kept as written. */
export function csvVendor(cell: string | null): string | null {
  if (cell === null) return null
  const known = byName.get(squashName(cell))
  if (known) return known
  return isVendor(cell) ? cell : cell.trim()
}
