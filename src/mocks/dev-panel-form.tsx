import { useId, useState, type ReactNode } from 'react'
import { logKindInfo } from '@/domain/log-kind'
import {
  failureModes,
  type MockSettings,
  type MockSettingsPatch,
} from './settings/mock-settings'
import { mockSettings, updateMockSettings } from './settings/settings-store'
import { clearStoredSettings, writeStoredSettings } from './settings/stored-settings'

const sizes = [1_000, 10_000, 50_000, 100_000, 500_000] as const
const failureLabels = {
  http: 'HTTP 500',
  network: 'Network error',
  mixed: 'Either',
} as const

const input =
  'h-8 w-full rounded-md border border-line bg-canvas px-2 text-sm text-ink tabular-nums'

/** Latency and failures apply at once; the data set's size applies on reload. */
export function DevPanelForm() {
  const [settings, setSettings] = useState(mockSettings)
  const [pendingReload, setPendingReload] = useState(false)
  const id = useId()

  const apply = (patch: MockSettingsPatch) => {
    setSettings(updateMockSettings(patch))
    writeStoredSettings(patch)
  }
  const applyOnReload = (patch: Partial<Pick<MockSettings, 'calls' | 'texts'>>) => {
    writeStoredSettings(patch)
    setSettings((current) => ({ ...current, ...patch }))
    setPendingReload(true)
  }

  return (
    <form className="grid gap-3" onSubmit={(event) => event.preventDefault()}>
      <h2 className="text-sm font-semibold">Mock backend</h2>
      <Field label="Latency (ms)" htmlFor={`${id}-min`}>
        <div className="flex items-center gap-2">
          <LatencyInput
            id={`${id}-min`}
            label="Minimum latency (ms)"
            value={settings.latency.min}
            onChange={(min) =>
              apply({ latency: { min, max: Math.max(settings.latency.max, min) } })
            }
          />
          <span aria-hidden className="text-muted">
            to
          </span>
          <LatencyInput
            label="Maximum latency (ms)"
            value={settings.latency.max}
            onChange={(max) =>
              apply({ latency: { min: Math.min(settings.latency.min, max), max } })
            }
          />
        </div>
      </Field>
      <Field
        label={`Failure rate: ${Math.round(settings.failureRate * 100)}%`}
        htmlFor={`${id}-rate`}
      >
        <input
          id={`${id}-rate`}
          type="range"
          min={0}
          max={100}
          step={5}
          className="w-full accent-[var(--accent)]"
          value={Math.round(settings.failureRate * 100)}
          onChange={(event) => apply({ failureRate: Number(event.target.value) / 100 })}
        />
      </Field>
      <Field label="Failures are" htmlFor={`${id}-mode`}>
        <select
          id={`${id}-mode`}
          className={input}
          value={settings.failure}
          onChange={(event) =>
            apply({ failure: event.target.value as (typeof failureModes)[number] })
          }
        >
          {failureModes.map((mode) => (
            <option key={mode} value={mode}>
              {failureLabels[mode]}
            </option>
          ))}
        </select>
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={settings.hang}
          onChange={(event) => apply({ hang: event.target.checked })}
        />
        Never answer (to see timeouts)
      </label>
      <div className="grid grid-cols-2 gap-2">
        {(['calls', 'texts'] as const).map((log) => (
          <Field key={log} label={logKindInfo[log].title} htmlFor={`${id}-${log}`}>
            <select
              id={`${id}-${log}`}
              className={input}
              value={settings[log]}
              onChange={(event) => applyOnReload({ [log]: Number(event.target.value) })}
            >
              {[...new Set([...sizes, settings[log]])]
                .sort((a, b) => a - b)
                .map((size) => (
                  <option key={size} value={size}>
                    {size.toLocaleString('en-US')}
                  </option>
                ))}
            </select>
          </Field>
        ))}
      </div>
      <div className="flex items-center justify-between gap-2 border-t border-line pt-3">
        <button
          type="button"
          className="text-xs text-muted underline-offset-2 hover:text-ink hover:underline"
          onClick={() => {
            clearStoredSettings()
            window.location.reload()
          }}
        >
          Reset to defaults
        </button>
        <button
          type="button"
          disabled={!pendingReload}
          className="h-8 rounded-md bg-accent px-3 text-xs font-medium text-accent-ink disabled:opacity-40"
          onClick={() => window.location.reload()}
        >
          {pendingReload ? 'Reload to apply' : 'Applied'}
        </button>
      </div>
    </form>
  )
}

function Field({
  label,
  htmlFor,
  children,
}: {
  label: string
  htmlFor: string
  children: ReactNode
}) {
  return (
    <div className="grid gap-1">
      <label htmlFor={htmlFor} className="text-xs font-medium text-muted">
        {label}
      </label>
      {children}
    </div>
  )
}

/** A latency bound in milliseconds; what is not a number counts as 0. */
function LatencyInput({
  id,
  label,
  value,
  onChange,
}: {
  id?: string
  label: string
  value: number
  onChange: (ms: number) => void
}) {
  return (
    <input
      id={id}
      aria-label={label}
      type="number"
      min={0}
      step={50}
      className={input}
      value={value}
      onChange={(event) => onChange(Math.max(0, Number(event.target.value) || 0))}
    />
  )
}
