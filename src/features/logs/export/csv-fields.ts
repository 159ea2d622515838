import type { TrailStep } from '@/api/wire-status'
import type { StatusEntry } from '@/domain/catalog/catalog'
import { vendorName } from '@/domain/vendors'

type WithStatus = { status: StatusEntry; statusCode: string; vendor: string }

/** How a status is written to CSV: the label, the code exactly as sent, and whose it is. */
export const statusCsv = [
  { header: 'Status', value: (record: WithStatus) => record.status.label },
  {
    header: 'Status code',
    // As the vendor sent it, not as the catalog spells it ("ANSWERED_COMPLETE").
    value: (record: WithStatus) => record.statusCode,
  },
  { header: 'Vendor', value: (record: WithStatus) => vendorName(record.vendor) },
]

/** The Metrics in one cell: "2026-11-20T10:00:00.000Z Queued; …". */
export const trailCsv = [
  {
    header: 'Metrics',
    value: (record: { trail: TrailStep[] }) =>
      record.trail.map((step) => `${step.at} ${step.status.label}`).join('; '),
  },
]
