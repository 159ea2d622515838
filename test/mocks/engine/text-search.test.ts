// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { foldText, matchesNumber, phoneDigits } from '@/mocks/engine/text-search'

describe('foldText', () => {
  it('ignores case, accents and runs of spaces', () => {
    expect(foldText('  Zoë   ÅNGSTRÖM ')).toBe('zoe angstrom')
    expect(foldText('<b>Bold</b>')).toBe('<b>bold</b>')
  })
})

describe('phoneDigits', () => {
  it('reads a number in any common format', () => {
    expect(phoneDigits('+1 (555) 010-1234')).toEqual({
      digits: ['15550101234'],
      fromStart: true,
    })
    expect(phoneDigits('555.010.1234')).toEqual({
      digits: ['5550101234'],
      fromStart: false,
    })
    expect(phoneDigits('(312) 555-0112')?.digits).toEqual(['3125550112'])
  })

  it('drops a national or international prefix', () => {
    expect(phoneDigits('07700 900123')?.digits).toEqual(['07700900123', '7700900123'])
    expect(phoneDigits('0044 7700 900123')).toEqual({
      digits: ['447700900123'],
      fromStart: true,
    })
  })

  it('reads a country prefix alone as the start of a number', () => {
    const uk = phoneDigits('+44')
    expect(uk).toEqual({ digits: ['44'], fromStart: true })
    if (!uk) return
    expect(matchesNumber(uk, '447700900123')).toBe(true)
    // 44 inside a US number is not the UK.
    expect(matchesNumber(uk, '12015550144')).toBe(false)
  })

  it('leaves words and short numbers to the text search', () => {
    expect(phoneDigits('Ana 555')).toBeNull()
    expect(phoneDigits('42')).toBeNull()
    expect(phoneDigits('(-)')).toBeNull()
  })
})
