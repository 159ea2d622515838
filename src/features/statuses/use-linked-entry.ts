import { useLocation } from '@tanstack/react-router'
import { useEffect } from 'react'
import { isStatusKey, type StatusKey } from '@/domain/catalog/catalog'

/**
 * The entry named in the URL's hash (/statuses#ctm.call.completed): brought
 * into view and focused, so a screen reader lands on it too.
 */
export function useLinkedEntry(): StatusKey | null {
  const hash = useLocation({ select: (location) => location.hash })
  const linked = isStatusKey(hash) ? hash : null
  useEffect(() => {
    if (linked === null) return
    const element = document.getElementById(linked)
    element?.scrollIntoView({ block: 'center' })
    element?.focus({ preventScroll: true })
  }, [linked])
  return linked
}
