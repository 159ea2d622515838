import { useQuery } from '@tanstack/react-query'
import { healthQueryOptions } from '@/api/health'
import { DatasetSwitch } from './dataset-switch'

/** Tells the user which backend answers: the embedded mock, a live API, or none. */
export function BackendStatus() {
  const { data, isError, isPending } = useQuery(healthQueryOptions)
  if (isPending) return null
  // The embedded backend serves the demo data or an imported set: a switch between them.
  if (!import.meta.env.VITE_API_BASE_URL && !isError && data.backend === 'mock')
    return <DatasetSwitch />
  const [label, dot, title] = isError
    ? ['API unreachable', 'bg-danger', 'The API did not answer its health check.']
    : data.backend === 'mock'
      ? ['Demo data', 'bg-demo', 'Served by the embedded mock backend with seeded data.']
      : ['Live', 'bg-live', 'Connected to the live API.']
  return (
    <span
      title={title}
      className="inline-flex items-center gap-1.5 rounded-full border border-line px-2.5 py-1 text-xs font-medium text-muted"
    >
      <span aria-hidden className={`size-1.5 rounded-full ${dot}`} />
      {label}
    </span>
  )
}
