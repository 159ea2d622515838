// Every fast-check property in every project runs from the seed vite.config.ts chose.
import fc from 'fast-check'
import { inject } from 'vitest'
import './property-seed'

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: inject('propertySeed') })
