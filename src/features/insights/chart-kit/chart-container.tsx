import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { chartVars, type ChartConfig } from './chart-config'
import { useChartPending } from './chart-pending'
import { queueDraw } from './draw-queue'

type ChartContainerProps = {
  config: ChartConfig
  height: number
  className?: string
  /** Draws the chart at the width measured for it. */
  children: (width: number) => ReactNode
}

/** How near the viewport (px) a chart below the fold is drawn ahead of the idle queue. */
const nearViewport = 300

/**
 * The frame of a recharts chart: its series' colours as CSS variables
 * (`--color-<key>`), and its width measured once, when its turn comes to draw
 * (one chart per task, on-screen charts first), then only when the box
 * itself changes width. Charts get explicit sizes: no ResponsiveContainer
 * measuring on every render.
 */
export function ChartContainer({
  config,
  height,
  className = '',
  children,
}: ChartContainerProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState<number | null>(null)
  const pending = useChartPending()

  useLayoutEffect(() => {
    const box = ref.current
    if (!box) return
    pending.add()
    let finished = false
    let marks: MutationObserver | undefined
    let started: number | undefined
    const finish = () => {
      if (finished) return
      finished = true
      marks?.disconnect()
      pending.done()
      if (started !== undefined) measureDraw(box, started)
    }
    const measure = () => Math.max(0, Math.floor(box.getBoundingClientRect().width))
    const job = queueDraw(
      () => {
        started = performance.now()
        flushSync(() => setWidth(measure()))
        if (box.querySelector('[data-mark]')) return finish()
        // recharts lays out in a pass or two more; the card is drawn once marks are there.
        marks = new MutationObserver(() => {
          if (box.querySelector('[data-mark]')) finish()
        })
        marks.observe(box, { childList: true, subtree: true })
        setTimeout(finish, 1000)
      },
      box.getBoundingClientRect().top < window.innerHeight + nearViewport,
    )
    const near =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              if (entries.some((entry) => entry.isIntersecting)) job.hurry()
            },
            { rootMargin: `${nearViewport}px 0px` },
          )
        : undefined
    near?.observe(box)
    let frame = 0
    const resize = new ResizeObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() =>
        setWidth((drawn) => (drawn === null ? drawn : measure())),
      )
    })
    resize.observe(box)
    return () => {
      job.cancel()
      near?.disconnect()
      resize.disconnect()
      cancelAnimationFrame(frame)
      finish()
    }
  }, [pending])

  return (
    <div
      ref={ref}
      className={`min-w-0 ${className}`}
      style={{ ...chartVars(config), height }}
    >
      {width ? children(width) : null}
    </div>
  )
}

/** A `chart:draw` measure per chart (DevTools' timings, the bench): its turn to its marks. */
function measureDraw(box: Element, start: number) {
  const name = box.closest('[data-chart]')?.getAttribute('data-chart') ?? 'chart'
  performance.measure('chart:draw', { start, detail: name })
}
