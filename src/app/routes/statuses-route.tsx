import { DroppedParamsNotice } from '@/features/filters/dropped-params-notice'
import { StatusesPage } from '@/features/statuses/statuses-page'
import { useDroppedParams } from '../use-dropped-params'

/** The glossary, with the notice about settings in its link it could not use. */
export function StatusesRoute() {
  const [dropped, dismiss] = useDroppedParams('statuses')
  return (
    <StatusesPage
      notice={<DroppedParamsNotice dropped={dropped} onDismiss={dismiss} />}
    />
  )
}
