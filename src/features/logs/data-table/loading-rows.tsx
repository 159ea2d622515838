type LoadingRowsProps = { start?: number; height: number; count?: number }

/** Placeholder rows while a page is on its way; hidden from screen readers (the table is aria-busy). */
export function LoadingRows({ start = 0, height, count = 1 }: LoadingRowsProps) {
  return (
    <div
      aria-hidden
      className="absolute inset-x-0 top-0"
      style={{ transform: `translateY(${start}px)` }}
    >
      {Array.from({ length: count }, (_, i) => (
        <div
          key={i}
          className="flex items-center gap-6 border-b border-line bg-surface px-3"
          style={{ height }}
        >
          <span className="h-3 w-28 animate-pulse rounded bg-surface-3" />
          <span className="h-3 w-40 animate-pulse rounded bg-surface-3" />
          <span className="h-3 w-24 animate-pulse rounded bg-surface-3" />
          <span className="h-3 flex-1 animate-pulse rounded bg-surface-3" />
        </div>
      ))}
    </div>
  )
}
