import { Info } from 'lucide-react'
import { WarningNotice } from '@/components/warning-notice'
import type { DroppedParam } from '@/domain/log-search-codec'
import { clip } from '@/lib/format'

export type DroppedParamsNoticeProps = {
  dropped: DroppedParam[]
  onDismiss: () => void
}

/** The notice itself; see dropped-params-notice.tsx. */
export function DroppedParamsList({ dropped, onDismiss }: DroppedParamsNoticeProps) {
  return (
    <WarningNotice icon={Info} onDismiss={onDismiss}>
      <p className="font-medium">Some settings in the link were ignored:</p>
      <ul className="mt-1 list-disc pl-5">
        {dropped.slice(0, 8).map((item, i) => (
          <li key={`${item.param}-${i}`} className="break-words">
            {/* The link's text, whatever it holds, stays inside its isolate. */}
            <code className="font-mono text-xs">
              <bdi>{clip(item.param, 40)}</bdi>=<bdi>{clip(item.value, 40)}</bdi>
            </code>{' '}
            — {item.reason}
          </li>
        ))}
        {dropped.length > 8 ? <li>and {dropped.length - 8} more</li> : null}
      </ul>
    </WarningNotice>
  )
}
