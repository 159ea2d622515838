import { logKindInfo } from '@/domain/log-kind'
import type { Channel } from '@/domain/vendors'
import type { ImportFormat, ImportKind, ImportSummary } from './import-types'

/** Adds up what a file held while it is read: ids seen, time range, vendors and statuses. */
export class ImportTally {
  private readonly ids = new Set<string>()
  private readonly vendorCounts = new Map<string, number>()
  private readonly unknownCodes = new Map<string, number>()
  private records = 0
  private duplicates = 0
  private known = 0
  // ISO instants in UTC, all written alike: their text sorts as their time.
  private first: string | null = null
  private last: string | null = null
  rejected = 0

  constructor(
    private readonly format: ImportFormat,
    private readonly kind: ImportKind,
  ) {}

  get channel(): Channel {
    return logKindInfo[this.kind].channel
  }

  /** Counts a record in; false when its id was already read from this file (drop it). */
  add(record: {
    id: string
    vendor: string
    /** The record's time as the API writes it (ISO 8601, UTC, milliseconds). */
    at: string
    status: { code: string; key: string | null }
  }): boolean {
    if (this.ids.has(record.id)) {
      this.duplicates += 1
      return false
    }
    this.ids.add(record.id)
    this.records += 1
    if (this.first === null || record.at < this.first) this.first = record.at
    if (this.last === null || record.at > this.last) this.last = record.at
    this.vendorCounts.set(record.vendor, (this.vendorCounts.get(record.vendor) ?? 0) + 1)
    if (record.status.key !== null) this.known += 1
    else
      this.unknownCodes.set(
        record.status.code,
        (this.unknownCodes.get(record.status.code) ?? 0) + 1,
      )
    return true
  }

  get count(): number {
    return this.records
  }

  summary(): ImportSummary {
    return {
      format: this.format,
      kind: this.kind,
      records: this.records,
      rejected: this.rejected,
      duplicates: this.duplicates,
      from: this.first,
      to: this.last,
      vendors: [...this.vendorCounts]
        .sort((a, b) => b[1] - a[1])
        .map(([vendor]) => vendor),
      knownStatuses: this.known,
      unknownStatuses: this.records - this.known,
      unknownStatusCodes: new Map([...this.unknownCodes].sort((a, b) => b[1] - a[1])),
    }
  }
}
