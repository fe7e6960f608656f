import { expect, it } from 'vitest'
import en from '../../src/renderer/i18n/en.json'
import zhCN from '../../src/renderer/i18n/zh-CN.json'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

it('has the same keys in Chinese and English, none empty', () => {
  expect(keys(en).sort()).toEqual(keys(zhCN).sort())
  for (const file of [en, zhCN]) {
    const empty = keys(file).filter((k) => String(k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], file)).trim() === '')
    expect(empty).toEqual([])
  }
})
