import { readFileSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importThroughput, writeTwilioCallsFixture } from './import-fixture'

const written: string[] = []
afterAll(() => {
  for (const path of written) rmSync(dirname(path), { recursive: true, force: true })
})

describe('the import bench’s day file', () => {
  it('is the same bytes on every run, and imports whole', async () => {
    const first = await writeTwilioCallsFixture({ rows: 2000 })
    const second = await writeTwilioCallsFixture({ rows: 2000 })
    written.push(first, second)
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true)
    const figures = await importThroughput(first)
    expect(figures).toMatchObject({ records: 2000, rejected: 0 })
    expect(figures.recordsPerSecond).toBeGreaterThan(0)
  })
})
