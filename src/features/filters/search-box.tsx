import { Search, X } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'

type SearchBoxProps = {
  value: string
  onSearch: (value: string) => void
  placeholder: string
  /** How long typing must pause before the search runs. */
  debounceMs?: number
}

/** Free-text search that waits for a pause in typing, and follows the URL when it changes. */
export function SearchBox({
  value,
  onSearch,
  placeholder,
  debounceMs = 300,
}: SearchBoxProps) {
  const [text, setText] = useState(value)
  const [synced, setSynced] = useState(value)
  const timer = useRef(0)
  // Back/Forward or a cleared filter changed the search: show it.
  if (value !== synced) {
    setSynced(value)
    setText(value)
  }
  useEffect(() => () => window.clearTimeout(timer.current), [])

  const schedule = (next: string, delay: number) => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(() => {
      if (next.trim() !== value) onSearch(next.trim())
    }, delay)
  }

  return (
    <div className="relative flex h-8 min-w-0 items-center">
      <Search
        aria-hidden
        className="pointer-events-none absolute left-2.5 size-4 text-faint"
      />
      <input
        type="search"
        value={text}
        maxLength={200}
        onChange={(event) => {
          setText(event.target.value)
          schedule(event.target.value, debounceMs)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') schedule(text, 0)
        }}
        placeholder={placeholder}
        aria-label={placeholder}
        className="h-8 w-full min-w-0 rounded-md border border-line bg-surface pr-8 pl-8 text-sm placeholder:text-faint focus:border-accent [&::-webkit-search-cancel-button]:hidden"
      />
      {text ? (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => {
            setText('')
            schedule('', 0)
          }}
          className="absolute right-1.5 rounded p-0.5 text-faint hover:text-ink"
        >
          <X aria-hidden className="size-4" />
        </button>
      ) : null}
    </div>
  )
}
