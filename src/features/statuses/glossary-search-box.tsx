import { Search, X } from 'lucide-react'
import { useState } from 'react'
import { maxQueryLength } from './glossary-search'

type SearchBoxProps = {
  query: string
  onQueryChange: (query: string) => void
}

/** The glossary's word search; typed text shows at once, the URL follows. */
export function GlossarySearchBox({ query, onQueryChange }: SearchBoxProps) {
  const [text, setText] = useState(query)
  // Follow the URL when it changes from elsewhere: Back, Clear, a shared link.
  const [seen, setSeen] = useState(query)
  if (query !== seen) {
    setSeen(query)
    setText(query)
  }
  const change = (next: string) => {
    setText(next)
    onQueryChange(next)
  }
  return (
    <div className="relative w-full max-w-md">
      <Search
        aria-hidden
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-faint"
      />
      <input
        type="search"
        aria-label="Search statuses"
        placeholder="Search by label, code or meaning"
        value={text}
        maxLength={maxQueryLength}
        onChange={(event) => change(event.target.value)}
        className="h-9 w-full rounded-md border border-line bg-surface pr-9 pl-9 text-sm placeholder:text-faint hover:border-line-strong [&::-webkit-search-cancel-button]:hidden"
      />
      {text ? (
        <button
          type="button"
          aria-label="Clear search"
          onClick={() => change('')}
          className="absolute top-1/2 right-1.5 flex size-6 -translate-y-1/2 items-center justify-center rounded text-faint hover:bg-surface-2 hover:text-ink"
        >
          <X aria-hidden className="size-4" />
        </button>
      ) : null}
    </div>
  )
}
