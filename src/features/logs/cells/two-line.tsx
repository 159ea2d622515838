import type { ReactNode } from 'react'

/** A primary line and a quieter second line, both truncated to the cell. */
export function TwoLine({
  primary,
  secondary,
}: {
  primary: ReactNode
  secondary: ReactNode
}) {
  return (
    <div className="flex min-w-0 flex-col leading-tight">
      <span className="truncate font-medium">{primary}</span>
      <span className="truncate text-xs text-muted">{secondary}</span>
    </div>
  )
}
