// Pinyin for searching a reply, computed once when the reply is saved: pinyin-pro reads
// polyphones in context (银行 = yin hang) but costs far too much to run on every keystroke.
import { pinyin } from 'pinyin-pro'

/** What the storage layer keeps beside a reply so that building the index never runs pinyin-pro. */
export type ReplySearchKeys = {
  /** `textPinyin(title)`. */
  titlePinyin: string
}

/**
 * A text's pinyin aligned to it: one space-separated token per code point of the text, the
 * toneless syllable (ü as v) for a Chinese character and an empty token for anything else.
 * 物流 OK → "wu liu   " (wu, liu, then three empty tokens). The alignment is what lets a
 * pinyin match be mapped back to the characters it came from.
 */
export function textPinyin(text: string): string {
  const tokens: string[] = []
  for (const item of pinyin(text, { toneType: 'none', type: 'all', v: true })) {
    const codePoints = Array.from(item.origin).length
    tokens.push(item.isZh && codePoints === 1 && /^[a-z]+$/.test(item.pinyin) ? item.pinyin : '')
    for (let i = 1; i < codePoints; i++) tokens.push('')
  }
  return tokens.join(' ')
}

export function replySearchKeys(reply: { title: string }): ReplySearchKeys {
  return { titlePinyin: textPinyin(reply.title) }
}
