// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { foldText, phoneDigits } from '@/mocks/engine/text-search'

describe('foldText', () => {
  it('ignores case, accents and runs of spaces', () => {
    expect(foldText('  Zoë   ÅNGSTRÖM ')).toBe('zoe angstrom')
    expect(foldText('<b>Bold</b>')).toBe('<b>bold</b>')
  })
})

describe('phoneDigits', () => {
  it('reads a number in any common format', () => {
    expect(phoneDigits('+1 (555) 010-1234')).toEqual(['15550101234'])
    expect(phoneDigits('555.010.1234')).toEqual(['5550101234'])
    expect(phoneDigits('5550101234')).toEqual(['5550101234'])
  })

  it('drops a national or international prefix', () => {
    expect(phoneDigits('07700 900123')).toEqual(['07700900123', '7700900123'])
    expect(phoneDigits('0044 7700 900123')).toEqual(['447700900123'])
  })

  it('leaves words and short numbers to the text search', () => {
    expect(phoneDigits('Ana 555')).toBeNull()
    expect(phoneDigits('42')).toBeNull()
    expect(phoneDigits('(-)')).toBeNull()
  })
})
