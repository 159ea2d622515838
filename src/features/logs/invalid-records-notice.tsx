import { TriangleAlert } from 'lucide-react'
import type { InvalidRecord } from '@/api/log-page-schema'
import { WarningNotice } from '@/components/warning-notice'
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
    <WarningNotice icon={TriangleAlert}>
      <p>
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
    </WarningNotice>
  )
}
