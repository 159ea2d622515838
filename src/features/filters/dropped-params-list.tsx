import { Info, X } from 'lucide-react'
import type { DroppedParam } from '@/domain/log-search-codec'
import { clip } from '@/lib/format'

export type DroppedParamsNoticeProps = {
  dropped: DroppedParam[]
  onDismiss: () => void
}

/** The notice itself; see dropped-params-notice.tsx. */
export function DroppedParamsList({ dropped, onDismiss }: DroppedParamsNoticeProps) {
  return (
    <div
      role="status"
      className="mx-4 mb-3 flex items-start gap-2 rounded-md border border-line bg-warning-soft px-3 py-2 text-sm text-warning-ink lg:mx-6"
    >
      <Info aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1">
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
      </div>
      <button
        type="button"
        onClick={onDismiss}
        aria-label="Dismiss notice"
        className="rounded p-1 hover:bg-black/5 dark:hover:bg-white/10"
      >
        <X aria-hidden className="size-4" />
      </button>
    </div>
  )
}
