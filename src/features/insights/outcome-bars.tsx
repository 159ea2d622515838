import { ChevronRight } from 'lucide-react'
import { useId, useState, type ReactNode } from 'react'
import { outcomeStyle } from '@/components/outcome-style'
import type { OutcomeSlice, StatusSlice } from '@/domain/insights/status-distribution'
import type { LogSearch } from '@/domain/log-search'
import { outcomeInfo } from '@/domain/outcomes'
import { formatCount } from '@/lib/format'
import { formatShare } from './format-share'
import { ChartTip } from './chart-tip'
import { TipBody } from './tip-body'
import { meaningOf } from '@/domain/catalog/meaning'

type Words = { one: string; many: string; log: string }

type OutcomeBarsProps = {
  groups: readonly OutcomeSlice[]
  /** What the shares divide by, in words: "calls with an outcome". */
  wholeName: string
  words: Words
  onOpen: (patch: Partial<LogSearch>) => void
}

const share = formatShare

/**
 * Horizontal bars, one per outcome group, each opening into the vendor
 * statuses it holds. Every bar is a button that opens the log filtered to
 * it; counts and shares are written on the bars, not only in tooltips.
 */
export function OutcomeBars({ groups, wholeName, words, onOpen }: OutcomeBarsProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set())
  const max = Math.max(1, ...groups.map((group) => group.count))
  const id = useId()
  const toggle = (key: string) =>
    setOpen((previous) => {
      const next = new Set(previous)
      if (!next.delete(key)) next.add(key)
      return next
    })
  return (
    <ul className="flex flex-col gap-1">
      {groups.map((group) => {
        const expanded = open.has(group.outcome)
        const info = outcomeInfo[group.outcome]
        const color = outcomeStyle(group.outcome).chart
        const listId = `${id}-${group.outcome}`
        return (
          <li key={group.outcome}>
            <div className="flex items-center gap-1">
              <button
                type="button"
                aria-expanded={expanded}
                aria-controls={listId}
                disabled={group.statuses.length === 0}
                onClick={() => toggle(group.outcome)}
                aria-label={`${expanded ? 'Hide' : 'Show'} the statuses in ${info.label}`}
                className="flex size-6 shrink-0 items-center justify-center rounded text-muted hover:bg-surface-2 hover:text-ink disabled:opacity-30"
              >
                <ChevronRight
                  aria-hidden
                  className={`size-4 transition-transform ${expanded ? 'rotate-90' : ''}`}
                />
              </button>
              <BarButton
                label={info.label}
                count={group.count}
                share={group.share}
                width={group.count / max}
                color={color}
                words={words}
                onClick={() => onOpen({ outcome: [group.outcome], status: undefined })}
                tip={
                  <TipBody
                    title={info.label}
                    color={color}
                    facts={[
                      [capitalize(words.many), formatCount(group.count)],
                      [`Of ${wholeName}`, share(group.share)],
                    ]}
                    meaning={info.description}
                    action={`Click to open the ${words.log} filtered to ${info.label}`}
                  />
                }
              />
            </div>
            {expanded ? (
              <ul
                id={listId}
                aria-label={`Statuses in ${info.label}`}
                className="mt-1 mb-2 ml-7 flex flex-col gap-0.5 border-l border-line pl-2"
              >
                {group.statuses.map((slice) => (
                  <li key={slice.key}>
                    <StatusBar
                      slice={slice}
                      groupLabel={info.label}
                      max={max}
                      color={color}
                      words={words}
                      wholeName={wholeName}
                      onOpen={onOpen}
                    />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

type StatusBarProps = {
  slice: StatusSlice
  groupLabel: string
  max: number
  color: string
  words: Words
  wholeName: string
  onOpen: (patch: Partial<LogSearch>) => void
}

export function StatusBar({
  slice,
  groupLabel,
  max,
  color,
  words,
  wholeName,
  onOpen,
}: StatusBarProps) {
  const status = slice.status
  return (
    <BarButton
      label={slice.name}
      count={slice.count}
      share={slice.share}
      width={slice.count / max}
      color={color}
      soft
      words={words}
      onClick={
        status.known
          ? () => onOpen({ status: [status.key], outcome: undefined })
          : undefined
      }
      tip={
        <TipBody
          title={slice.name}
          color={color}
          facts={[
            [capitalize(words.many), formatCount(slice.count)],
            [`Of ${wholeName}`, share(slice.share)],
            [`Of ${groupLabel}`, share(slice.shareOfGroup)],
          ]}
          meaning={meaningOf(slice.status)}
          action={
            status.known
              ? `Click to open the ${words.log} filtered to ${slice.name}`
              : undefined
          }
        />
      }
    />
  )
}

type BarButtonProps = {
  label: string
  count: number
  share: number | null
  /** 0 to 1: the bar's length against the longest bar. */
  width: number
  color: string
  soft?: boolean
  words: Words
  onClick: (() => void) | undefined
  tip: ReactNode
}

function BarButton({
  label,
  count,
  share: ratio,
  width,
  color,
  soft,
  words,
  onClick,
  tip,
}: BarButtonProps) {
  return (
    <ChartTip content={tip} side="top">
      <button
        type="button"
        data-mark
        onClick={onClick}
        aria-disabled={onClick ? undefined : true}
        aria-label={`${label}: ${formatCount(count)} ${count === 1 ? words.one : words.many}, ${share(ratio)}`}
        className={`group grid min-w-0 flex-1 grid-cols-[minmax(5rem,10rem)_minmax(3rem,1fr)_4rem_3.25rem] items-center gap-3 rounded-md px-1.5 text-left hover:bg-surface-2 ${soft ? 'h-6 text-xs' : 'h-7 text-sm'} ${onClick ? 'cursor-pointer' : 'cursor-default'}`}
      >
        <span className={`truncate ${soft ? 'text-muted' : 'font-medium'}`}>{label}</span>
        <span className="relative h-full">
          <span
            aria-hidden
            className={`absolute inset-y-1 left-0 rounded-sm ${soft ? 'opacity-60' : ''} group-hover:brightness-110`}
            style={{
              width: `${Math.max(count > 0 ? 0.5 : 0, width * 100)}%`,
              background: color,
            }}
          />
        </span>
        <span className="text-right tabular-nums">{formatCount(count)}</span>
        <span className="text-right text-muted tabular-nums">{share(ratio)}</span>
      </button>
    </ChartTip>
  )
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
