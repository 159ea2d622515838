import { describe, expect, it } from 'vitest'
import { budgetFailures, budgets, insightsChecks, logPageChecks } from './budgets'
import type { InsightsFigures } from './insights'
import type { LogPageFigures } from './log-figures'
import { interactionEventMs } from './paint'
import { summarize } from './summary'

const at = (median: number) => summarize([median])
const interaction = { rowsMs: at(120), answerToRowsMs: at(30), eventMs: at(64) }

/** A run that meets every budget; each test breaks one figure. */
function logFigures(): LogPageFigures {
  return {
    coldFirstRows: {
      totalMs: at(900),
      histogramAfterRowsMs: at(200),
      mockBuildMs: at(150),
    },
    interactionCalls: 100_000,
    sort: interaction,
    filter: interaction,
    scroll: {
      seconds: 5,
      speedPxPerS: 4000,
      longTasks: at(0),
      longestTaskMs: at(0),
      framesOnTimePct: at(99),
      maxRowsInDom: at(19),
      rowsScrolled: at(380),
    },
    heapAfter2000RowsMB: at(40),
  }
}

const insights: InsightsFigures = {
  records: { calls: 100_000, texts: 100_000 },
  chartCount: 8,
  firstViewportMs: at(120),
  allChartsMs: at(300),
  longestTaskMs: at(90),
  legendToggleEventMs: at(40),
}

describe('the bench’s budgets', () => {
  it('pass a run that meets them all', () => {
    const checks = [...logPageChecks(logFigures()), ...insightsChecks(insights)]
    expect(budgetFailures(checks)).toEqual([])
    expect(checks).toHaveLength(16)
  })

  it.each([
    [
      'cold navigation → first rows',
      (f: LogPageFigures) => (f.coldFirstRows.totalMs = at(1001)),
    ],
    [
      'JS heap, page + data worker',
      (f: LogPageFigures) => (f.heapAfter2000RowsMB = at(61)),
    ],
    ['most rows in the DOM', (f: LogPageFigures) => (f.scroll.maxRowsInDom = at(31))],
    [
      'filter pointerdown → rows presented',
      (f: LogPageFigures) => (f.filter = { ...interaction, rowsMs: at(151) }),
    ],
    [
      'sort: answer received → rows presented',
      (f: LogPageFigures) => (f.sort = { ...interaction, answerToRowsMs: at(51) }),
    ],
    [
      'first rows → log histogram drawn',
      (f: LogPageFigures) => (f.coldFirstRows.histogramAfterRowsMs = at(501)),
    ],
  ])('fail when %s is over budget', (figure, breakIt) => {
    const figures = logFigures()
    breakIt(figures)
    const failures = budgetFailures(logPageChecks(figures))
    expect(failures).toHaveLength(1)
    expect(failures[0]).toContain(figure)
  })

  it('fail when a chart draws late or a legend toggle is slow', () => {
    const failures = budgetFailures(
      insightsChecks({
        ...insights,
        firstViewportMs: at(401),
        allChartsMs: at(1001),
        longestTaskMs: at(301),
        legendToggleEventMs: at(201),
      }),
    )
    expect(failures).toHaveLength(4)
  })

  it('hold the figures of #13', () => {
    expect(budgets).toMatchObject({
      coldFirstRowsMs: 1000,
      interactionRowsMs: 150,
      answerToRowsMs: 50,
      interactionEventMs: 100,
      insightsFirstViewportMs: 400,
      insightsAllChartsMs: 1000,
      insightsLongestTaskMs: 300,
      legendToggleEventMs: 200,
      histogramAfterRowsMs: 500,
      heapMB: 60,
      scrollMaxRowsInDom: 30,
    })
  })
})

describe('an interaction’s Event Timing', () => {
  it('is the longest entry of the first interaction after the input', () => {
    const entries = [
      { id: 1, name: 'click', start: 90, duration: 200 },
      { id: 2, name: 'pointerdown', start: 100, duration: 40 },
      { id: 2, name: 'click', start: 101, duration: 56 },
      { id: 3, name: 'click', start: 400, duration: 300 },
    ]
    expect(interactionEventMs(entries, 100)).toBe(56)
  })

  it('is a failure when missing, not a guess', () => {
    expect(() => interactionEventMs([], 100)).toThrow(/No Event Timing entry/)
    expect(() =>
      interactionEventMs([{ id: 1, name: 'click', start: 10, duration: 24 }], 100),
    ).toThrow(/No Event Timing entry/)
  })
})
