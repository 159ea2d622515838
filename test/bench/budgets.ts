/**
 * The budgets the project commits to, and each figure's verdict against its
 * budget (on medians), so a run says plainly what passes and what does not.
 */
import type { LogPageFigures } from './log-figures'
import type { Summary } from './summary'

export const budgets = {
  /** Gzip JS a first visit to /calls loads, the mock's chunks left out. */
  firstPageJsGzipKB: 160,
  /** Navigation to the first rows painted, 100,000 calls, the mock's build left out. */
  firstRowsMs: 1000,
  /** The same at 500,000 calls, at most this many times the 100,000 figure. */
  firstRowsGrowth: 1.2,
  /** Click to the changed rows painted, and the Event Timing duration of the click. */
  filterMs: 100,
  sortMs: 100,
  /** While scrolling 5 s through the Activity Log. */
  scrollLongestTaskMs: 50,
  scrollFramesOnTimePct: 95,
  scrollMaxRowsInDom: 80,
  /** Insights: the later stats answer's mark to every chart drawn. */
  insightsChartsMs: 300,
  /** JSHeapUsedSize after 100,000 calls and 2,000 rows scrolled. */
  heapMB: 150,
  /** Lighthouse performance score, desktop preset, on /calls. */
  lighthouseScore: 95,
}

export type Check = { figure: string; budget: string; measured: string; pass: boolean }

const withUnit = (n: number, unit: string) =>
  unit === '%' ? `${n}%` : unit ? `${n} ${unit}` : String(n)

const show = (s: Summary, unit: string) =>
  `${withUnit(s.median, unit)} (${withUnit(s.min, unit)}–${withUnit(s.max, unit)})`

const atMost = (figure: string, s: Summary, budget: number, unit: string): Check => ({
  figure,
  budget: `≤ ${withUnit(budget, unit)}`,
  measured: show(s, unit),
  pass: s.median <= budget,
})

const atLeast = (figure: string, s: Summary, budget: number, unit: string): Check => ({
  figure,
  budget: `≥ ${withUnit(budget, unit)}`,
  measured: show(s, unit),
  pass: s.median >= budget,
})

export function firstPageCheck(gzipKB: number): Check {
  return {
    figure: 'gzip JS loaded by /calls, mock chunks left out',
    budget: `≤ ${budgets.firstPageJsGzipKB} KB`,
    measured: `${gzipKB} KB`,
    pass: gzipKB <= budgets.firstPageJsGzipKB,
  }
}

export function logPageChecks(log: LogPageFigures): Check[] {
  const [base, large] = log.firstRows
  if (!base || !large) throw new Error('First rows need two data-set sizes.')
  const growthLimit = Math.round(base.withoutBuildMs.median * budgets.firstRowsGrowth)
  return [
    atMost(
      `navigation → first rows, ${base.calls.toLocaleString('en-US')} calls (mock build left out)`,
      base.withoutBuildMs,
      budgets.firstRowsMs,
      'ms',
    ),
    {
      ...atMost(
        `the same, ${large.calls.toLocaleString('en-US')} calls (mock build left out)`,
        large.withoutBuildMs,
        growthLimit,
        'ms',
      ),
      budget: `≤ ${budgets.firstRowsGrowth} × ${base.withoutBuildMs.median} ms = ${growthLimit} ms`,
    },
    atMost('filter change → rows painted', log.filter.rowsMs, budgets.filterMs, 'ms'),
    atMost('filter change, Event Timing', log.filter.eventMs, budgets.filterMs, 'ms'),
    atMost('sort change → rows painted', log.sort.rowsMs, budgets.sortMs, 'ms'),
    atMost('sort change, Event Timing', log.sort.eventMs, budgets.sortMs, 'ms'),
    atMost(
      'scrolling 5 s: longest task',
      log.scroll.longestTaskMs,
      budgets.scrollLongestTaskMs,
      'ms',
    ),
    atLeast(
      'scrolling 5 s: frames on time (16.7 ms)',
      log.scroll.framesOnTimePct,
      budgets.scrollFramesOnTimePct,
      '%',
    ),
    atMost(
      'scrolling 5 s: most rows in the DOM',
      log.scroll.maxRowsInDom,
      budgets.scrollMaxRowsInDom,
      'rows',
    ),
    atMost(
      'JS heap after 100,000 calls and 2,000 rows',
      log.heapAfter2000RowsMB,
      budgets.heapMB,
      'MB',
    ),
  ]
}

export function insightsCheck(chartsMs: Summary): Check {
  return atMost(
    'Insights: stats received → all charts drawn',
    chartsMs,
    budgets.insightsChartsMs,
    'ms',
  )
}

export function lighthouseCheck(score: Summary): Check {
  return atLeast(
    'Lighthouse performance (desktop), /calls',
    score,
    budgets.lighthouseScore,
    '',
  )
}

/** The checks as a Markdown table, for the README. */
export function checksTable(checks: Check[]): string {
  return [
    '| figure | budget | measured: median (min–max) | |',
    '| --- | --- | --- | --- |',
    ...checks.map(
      (c) =>
        `| ${c.figure} | ${c.budget} | ${c.measured} | ${c.pass ? 'pass' : 'miss'} |`,
    ),
  ].join('\n')
}
