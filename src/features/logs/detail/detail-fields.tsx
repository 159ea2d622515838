import type { ReactNode } from 'react'

export type DetailField = { label: string; value: ReactNode }

/** A titled list of label/value pairs; empty values read "—". */
export function DetailFields({
  title,
  fields,
}: {
  title: string
  fields: DetailField[]
}) {
  return (
    <section aria-label={title} className="mt-6">
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-muted uppercase">
        {title}
      </h3>
      <dl className="grid grid-cols-[9.5rem_1fr] gap-x-4 gap-y-2 text-sm">
        {fields.map(({ label, value }) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd className="min-w-0 break-words">
              {value ?? <span className="text-faint">—</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

export function DetailSection({
  title,
  children,
}: {
  title: string
  children: ReactNode
}) {
  return (
    <section aria-label={title} className="mt-6">
      <h3 className="mb-3 text-xs font-semibold tracking-wide text-muted uppercase">
        {title}
      </h3>
      {children}
    </section>
  )
}
