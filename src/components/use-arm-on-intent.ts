import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
} from 'react'

/** What woke the badge up: a resting mouse or keyboard focus. */
export type ArmIntent = 'pointer' | 'focus'

// Long enough to skip a pointer merely crossing the badge, far below the tooltip delay.
const hoverIntentMs = 60

/**
 * A badge renders as a plain button until someone shows interest in it: a
 * mouse resting on it or keyboard focus. Only then does it mount the tooltip
 * machinery, which costs about twenty times a plain button (measured: 1,000
 * badges mount in ~10 ms plain and ~215 ms with a Radix tooltip each).
 *
 * Arming swaps the button for the tooltip's trigger, so it is never done in
 * the middle of a press, where the click would be lost; touch never arms
 * (a tap opens the badge's toggletip instead).
 */
export function useArmOnIntent() {
  const [intent, setIntent] = useState<ArmIntent | null>(null)
  const timer = useRef(0)
  const pressing = useRef(false)
  const hovering = useRef(false)

  useEffect(() => () => window.clearTimeout(timer.current), [])

  const release = useCallback(() => (pressing.current = false), [])

  const triggers = {
    onPointerEnter(event: PointerEvent<HTMLElement>) {
      if (event.pointerType === 'touch' || event.buttons !== 0) return
      hovering.current = true
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => setIntent('pointer'), hoverIntentMs)
    },
    onPointerLeave() {
      hovering.current = false
      window.clearTimeout(timer.current)
    },
    onPointerDown(event: PointerEvent<HTMLElement>) {
      window.clearTimeout(timer.current)
      pressing.current = true
      // A tap focuses the button after the finger lifts: the press lasts until its click.
      const end = event.pointerType === 'touch' ? 'click' : 'pointerup'
      document.addEventListener(end, release, { once: true, capture: true })
      document.addEventListener('pointercancel', release, { once: true })
    },
    onFocus() {
      if (!pressing.current) setIntent('focus')
    },
  }

  /** Still under the pointer: read once the tooltip has mounted. */
  const isHovered = useCallback(() => hovering.current, [])

  return {
    intent,
    triggers: intent === null ? triggers : {},
    /** Every press, armed or not: a badge reads the pointer's type from it. */
    onPress: (event: PointerEvent<HTMLElement>) => triggers.onPointerDown(event),
    isHovered,
  }
}

/**
 * The ref for an armed tooltip's trigger. The trigger replaced the plain
 * element that had the focus or the pointer: hand the focus back, or replay
 * the pointer's arrival, so Radix opens it.
 */
export function useArmedTrigger(intent: ArmIntent, isHovered: () => boolean) {
  const trigger = useRef<HTMLButtonElement>(null)
  useLayoutEffect(() => {
    const element = trigger.current
    if (!element) return
    if (intent === 'focus') {
      const active = document.activeElement
      if (active === null || active === document.body) element.focus()
    } else if (isHovered()) {
      element.dispatchEvent(
        new PointerEvent('pointermove', { bubbles: true, pointerType: 'mouse' }),
      )
    }
  }, [intent, isHovered])
  return trigger
}
