import { memo } from 'react'
import type { BarShapeProps } from 'recharts'
import type { ChartConfig } from './chart-config'
import { StackedRowsChart } from './stacked-rows-chart'

/** One row of a bar list as the chart reads it: its series' values, and whether it is a sub-row. */
export type BarListDatum = { key: string; soft?: boolean; color?: string } & Record<
  string,
  unknown
>

type Props = {
  data: readonly BarListDatum[]
  config: ChartConfig
  /** The series stacked along each row, left to right. */
  series: readonly string[]
  /** The longest bar's value: every row scales to it. */
  max: number
  rowPx: number
}

/** A bar's part, drawn across the middle of its row: thinner for a sub-row. */
function rowBar(props: BarShapeProps) {
  const { x, y, width, height, fill } = props
  const datum = props.payload as BarListDatum | undefined
  const soft = datum?.soft === true
  if (!(width > 0) || !Number.isFinite(x)) return <g />
  const thick = soft ? 10 : 16
  const top = y + (height - thick) / 2
  const w = Math.max(2, width)
  return (
    <path
      data-mark
      d={`M${x},${top}h${w}v${thick}h${-w}Z`}
      fill={datum?.color ?? fill}
      fillOpacity={soft ? 0.6 : 1}
    />
  )
}

/**
 * The bars of a bar list: a recharts `<BarChart layout="vertical">`, a row
 * per list row, the series stacked. It draws only: the rows' buttons, under
 * it, take the pointer and the keyboard.
 */
export const BarListChart = memo(function BarListChart({
  data,
  config,
  series,
  max,
  rowPx,
}: Props) {
  return (
    <StackedRowsChart
      data={data}
      config={config}
      series={series}
      rowKey="key"
      height={data.length * rowPx}
      max={max}
      shape={rowBar}
    />
  )
})
