import type { ReactNode } from 'react'
import { Bar, BarChart, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { ChartContainer } from './chart-container'
import { seriesColor, type ChartConfig } from './chart-config'

type Props<D> = {
  data: readonly D[]
  config: ChartConfig
  /** The series stacked along each row, left to right. */
  series: readonly string[]
  /** The field naming each row. */
  rowKey: string
  height: number
  /** What a full-length row is worth, or 'expand': every row 100% wide, split by share. */
  max: number | 'expand'
  shape: (props: BarShapeProps) => ReactNode
  onClick?: (key: string, datum: D) => void
  /** A recharts `<Tooltip>`, if the rows have one. */
  children?: ReactNode
}

const noMargin = { top: 0, right: 0, bottom: 0, left: 0 }

/**
 * Horizontal rows of stacked bars, a row per datum (recharts'
 * `<BarChart layout="vertical">`, axes hidden): the rows' labels and buttons
 * are HTML laid beside or over it.
 */
export function StackedRowsChart<D>({
  data,
  config,
  series,
  rowKey,
  height,
  max,
  shape,
  onClick,
  children,
}: Props<D>) {
  const expand = max === 'expand'
  return (
    <ChartContainer config={config} height={height}>
      {(width) => (
        <BarChart
          layout="vertical"
          width={width}
          height={height}
          data={data as readonly object[] as Record<string, unknown>[]}
          stackOffset={expand ? 'expand' : undefined}
          margin={noMargin}
          barCategoryGap={0}
          accessibilityLayer={false}
        >
          <XAxis type="number" hide domain={[0, expand ? 1 : Math.max(1, max)]} />
          <YAxis type="category" dataKey={rowKey} hide />
          {children}
          {series.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              stackId="row"
              fill={seriesColor(key)}
              isAnimationActive={false}
              shape={shape}
              onClick={onClick && ((item) => onClick(key, item.payload as D))}
            />
          ))}
        </BarChart>
      )}
    </ChartContainer>
  )
}
