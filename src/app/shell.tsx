import { Link, Outlet } from '@tanstack/react-router'
import { pickLogSearch } from '@/domain/log-search'
import { timeRangeOf } from '@/domain/log-search-edit'
import { BackendStatus } from './backend-status'
import { DisplayZoneProvider } from './display-zone-provider'
import { navItems } from './nav-items'

export function Shell() {
  return (
    <DisplayZoneProvider>
      <ShellLayout />
    </DisplayZoneProvider>
  )
}

function ShellLayout() {
  return (
    <div className="flex h-full flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <header className="border-b border-line bg-surface">
        <div className="flex h-14 items-center gap-4 px-4 lg:gap-8 lg:px-6">
          <Link
            to="/calls"
            className="flex shrink-0 items-center gap-2 rounded-md font-semibold tracking-tight"
          >
            <Logo />
            <span className="text-[15px] max-sm:sr-only">Callboard</span>
          </Link>
          <nav aria-label="Sections" className="min-w-0">
            <ul className="flex items-center gap-1">
              {navItems.map(({ to, label, icon: Icon, keepsTimeRange }) => (
                <li key={to}>
                  <Link
                    to={to}
                    search={
                      keepsTimeRange
                        ? (previous: Record<string, unknown>) =>
                            timeRangeOf(pickLogSearch(previous))
                        : undefined
                    }
                    className="flex items-center gap-2 rounded-md px-2.5 py-1.5 text-sm font-medium whitespace-nowrap text-muted hover:bg-surface-2 hover:text-ink aria-[current=page]:bg-accent-soft aria-[current=page]:text-ink"
                  >
                    <Icon aria-hidden className="size-4 shrink-0" />
                    {/* A phone has room for the icons only; the names stay for screen readers. */}
                    <span className="max-sm:sr-only">{label}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto shrink-0">
            <BackendStatus />
          </div>
        </div>
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="relative min-h-0 flex-1 overflow-auto outline-none"
      >
        <Outlet />
      </main>
    </div>
  )
}

function Logo() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden className="size-7">
      <rect width="32" height="32" rx="7" className="fill-accent" />
      <path
        d="M9 10h14M9 16h10M9 22h6"
        className="stroke-accent-ink"
        strokeWidth="3"
        strokeLinecap="round"
      />
    </svg>
  )
}
