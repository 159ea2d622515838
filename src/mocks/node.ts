import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** The embedded backend for vitest: the same handlers the browser uses. */
export const server = setupServer(...handlers)
