import type { TestProject } from 'vitest/node'
import { choosePropertySeed } from './property-seed'

// Each project runs this; the first one chooses and prints, the others reuse it.
const chosen = 'CALLBOARD_PROPERTY_SEED_CHOSEN'

export default function providePropertySeed(project: TestProject): void {
  let seed = Number(process.env[chosen])
  if (!process.env[chosen]) {
    seed = choosePropertySeed(process.env.PROPERTY_SEED)
    process.env[chosen] = String(seed)
    console.log(
      `fast-check seed ${seed} (PROPERTY_SEED=${seed} replays this run, PROPERTY_SEED=random draws a new one)`,
    )
  }
  project.provide('propertySeed', seed)
}
