import { expect, it } from 'vitest'
import en from '../../src/renderer/i18n/en.json'
import zhCN from '../../src/renderer/i18n/zh-CN.json'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

/** A plural family (count_one, count_other…) is one key: English needs two forms where Chinese needs one. */
function families(file: unknown): string[] {
  return [...new Set(keys(file).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort()
}

it('has the same keys in Chinese and English, none empty', () => {
  expect(families(en)).toEqual(families(zhCN))
  for (const file of [en, zhCN]) {
    const empty = keys(file).filter((k) => String(k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], file)).trim() === '')
    expect(empty).toEqual([])
  }
})
