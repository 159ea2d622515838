/** The seed every property suite runs with unless PROPERTY_SEED says otherwise. */
export const fixedPropertySeed = 20260301

/**
 * PROPERTY_SEED unset: the fixed seed, so every run checks the same cases and
 * a failure replays. `PROPERTY_SEED=random` draws a new one (to run by hand);
 * a number replays that run.
 */
export function choosePropertySeed(
  value: string | undefined,
  random: () => number = Math.random,
): number {
  if (value === undefined || value === '') return fixedPropertySeed
  if (value === 'random') return Math.floor(random() * 2 ** 31)
  const seed = Number(value)
  if (!Number.isInteger(seed)) {
    throw new Error(`PROPERTY_SEED must be an integer or "random", not "${value}".`)
  }
  return seed
}

declare module 'vitest' {
  export interface ProvidedContext {
    propertySeed: number
  }
}
