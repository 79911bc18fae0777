import { describe, expect, it } from 'vitest'
import { PyConversionError, pyFloat, pyInt, pyNumber, pyRepr } from './pythonValues'

describe('Python value semantics', () => {
  it('prints lists and strings like repr()', () => {
    expect(pyRepr(['auto', 'h264'])).toBe("['auto', 'h264']")
    expect(pyRepr("it's")).toBe('"it\'s"')
    expect(pyRepr([null, true, 1.5])).toBe('[None, True, 1.5]')
  })

  it('prints floats with a decimal point and ints without', () => {
    expect(pyNumber(100, 'float')).toBe('100.0')
    expect(pyNumber(100, 'int')).toBe('100')
    expect(pyNumber(1e-7, 'float')).toBe('1e-07')
  })

  it('converts like int() and float(), with their error messages', () => {
    expect(pyInt(' 42 ')).toBe(42)
    expect(pyInt(3.9)).toBe(3)
    expect(() => pyInt('4.5')).toThrow(new PyConversionError("invalid literal for int() with base 10: '4.5'"))
    expect(() => pyInt(null)).toThrow("not 'NoneType'")
    expect(pyFloat('1e3')).toBe(1000)
    expect(() => pyFloat('abc')).toThrow("could not convert string to float: 'abc'")
  })
})
