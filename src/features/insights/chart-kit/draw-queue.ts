/**
 * Charts draw one per task, those in or near the viewport first, the rest as
 * they come near it or when the page is idle: a long page of charts never
 * makes one long task, and the first screen is drawn before the rest.
 */
type Job = { run: () => void; urgent: boolean }

const jobs: Job[] = []
let scheduled = false

function step() {
  scheduled = false
  const index = jobs.findIndex((job) => job.urgent)
  const [job] = jobs.splice(index === -1 ? 0 : index, 1)
  if (!job) return
  if (index === -1 && !job.urgent && typeof requestIdleCallback === 'function') {
    // Nothing on screen waits: the next chart below the fold when the page is idle.
    scheduled = true
    requestIdleCallback(
      () => {
        scheduled = false
        job.run()
        schedule()
      },
      { timeout: 120 },
    )
    return
  }
  job.run()
  schedule()
}

function schedule() {
  if (scheduled || jobs.length === 0) return
  scheduled = true
  setTimeout(step, 0)
}

/** Queues a chart's drawing; `hurry` moves it ahead once it nears the viewport. Returns a cancel. */
export function queueDraw(
  run: () => void,
  urgent: boolean,
): { hurry: () => void; cancel: () => void } {
  const job: Job = { run, urgent }
  jobs.push(job)
  schedule()
  return {
    hurry: () => {
      job.urgent = true
    },
    cancel: () => {
      const at = jobs.indexOf(job)
      if (at !== -1) jobs.splice(at, 1)
    },
  }
}
