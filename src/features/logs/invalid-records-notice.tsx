import { TriangleAlert } from 'lucide-react'
import type { InvalidRecord } from '@/api/log-page-schema'
import { logKindInfo } from '@/domain/log-kind'
import type { LogKind } from '@/domain/log-query'
import { clip, pluralize } from '@/lib/format'

type InvalidRecordsNoticeProps = {
  invalid: InvalidRecord[]
  kind: LogKind
}

/** Records the API sent in a shape we cannot read: said out loud, with their ids. */
export function InvalidRecordsNotice({ invalid, kind }: InvalidRecordsNoticeProps) {
  if (invalid.length === 0) return null
  const { noun } = logKindInfo[kind]
  const ids = invalid.slice(0, 5).map((record) => record.id)
  return (
    <div
      role="status"
      className="mx-4 mb-2 flex items-start gap-2 rounded-md border border-line bg-warning-soft px-3 py-2 text-sm text-warning-ink lg:mx-6"
    >
      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p className="min-w-0 break-words">
        {pluralize(invalid.length, noun.one, noun.many)} could not be read and{' '}
        {invalid.length === 1 ? 'is' : 'are'} not shown (
        {ids.map((id, i) => (
          <span key={i}>
            {i > 0 ? ', ' : ''}
            {id === null ? 'without id' : <bdi>{clip(id, 40)}</bdi>}
          </span>
        ))}
        {invalid.length > ids.length ? ', …' : ''}): {invalid[0]?.message}
      </p>
    </div>
  )
}
