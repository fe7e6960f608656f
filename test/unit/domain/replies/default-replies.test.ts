import { describe, expect, it } from 'vitest'
import defaults from '../../../../assets/default-replies.json'
import { lintReply } from '../../../../src/shared/domain/lint'
import { KNOWN_PLACEHOLDERS, listPlaceholders } from '../../../../src/shared/domain/placeholders'
import { parseRepliesJson, REPLY_BODY_MAX, REPLY_SHORTCUT_PATTERN } from '../../../../src/shared/domain/replies'

const CARRIER_HOTLINES = ['10086', '10010', '10000']
const CATEGORIES = ['售前', '售后', '物流', '充值', '通用']

describe('default replies', () => {
  it('has about forty replies covering every category', () => {
    expect(defaults.length).toBeGreaterThanOrEqual(35)
    expect(new Set(defaults.map((r) => r.category))).toEqual(new Set(CATEGORIES))
  })

  it('passes the lint with no findings', () => {
    for (const r of defaults) expect(lintReply(`${r.title}\n${r.body}`), r.id).toEqual([])
  })

  it('has unique ids and unique, well-formed shortcuts', () => {
    expect(new Set(defaults.map((r) => r.id)).size).toBe(defaults.length)
    expect(new Set(defaults.map((r) => r.shortcut.toLowerCase())).size).toBe(defaults.length)
    for (const r of defaults) expect(r.shortcut, r.id).toMatch(REPLY_SHORTCUT_PATTERN)
  })

  it('imports as a reply file without errors, bodies within the limit', () => {
    const { rows, errors } = parseRepliesJson(JSON.stringify(defaults))
    expect(errors).toEqual([])
    expect(rows).toHaveLength(defaults.length)
    for (const r of defaults) expect(r.body.length, r.id).toBeLessThanOrEqual(REPLY_BODY_MAX)
  })

  it('uses only placeholders the app knows', () => {
    for (const r of defaults) {
      for (const key of listPlaceholders(r.body)) expect(KNOWN_PLACEHOLDERS, `${r.id}: ${key}`).toContain(key)
    }
  })

  it('gives no number but the carriers’ hotlines and never asks for a password', () => {
    for (const r of defaults) {
      for (const digits of r.body.match(/\d{5,}/g) ?? []) expect(CARRIER_HOTLINES, r.id).toContain(digits)
      expect(r.body, r.id).not.toMatch(/(提供|告诉|发|输入).{0,6}密码/)
    }
  })
})
