// Component tests (jsdom): matchers, the DOM polyfills and the mock backend.
// Logic tests (node) have no setup file; those that make requests call serveMockBackend().
import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import './support/jsdom-polyfills'
import { serveMockBackend } from './support/mock-server'

// Lazy routes load on first use; give them time on a slow machine.
configure({ asyncUtilTimeout: 5000 })

afterEach(() => cleanup())
serveMockBackend()
