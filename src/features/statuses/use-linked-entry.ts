import { useLocation } from '@tanstack/react-router'
import { useEffect, useRef } from 'react'
import { isStatusKey, type StatusKey } from '@/domain/catalog/catalog'

/** The entry named in the URL's hash (/statuses#ctm.call.completed), if any. */
export function useLinkedKey(): StatusKey | null {
  const hash = useLocation({ select: (location) => location.hash })
  return isStatusKey(hash) ? hash : null
}

/**
 * Brings the linked entry into view and focuses it, so a screen reader lands
 * on it too: once per link, as soon as the entries are on the page, and not
 * again when the filters change around it.
 */
export function useScrollToLinked(linked: StatusKey | null, shown: boolean): void {
  const done = useRef<StatusKey | null>(null)
  useEffect(() => {
    if (linked === null) done.current = null
    if (!shown || linked === null || done.current === linked) return
    const element = document.getElementById(linked)
    if (!element) return
    done.current = linked
    element.scrollIntoView({ block: 'center' })
    element.focus({ preventScroll: true })
  }, [linked, shown])
}
