import { describe, expect, it } from 'vitest'
import { isPureThankYou } from '../../../../src/shared/domain'

describe('isPureThankYou', () => {
  it.each(['谢谢', '谢谢亲😊', '好的谢谢！', 'thanks!', '多谢啦', '感谢感谢~', '嗯嗯，谢了', '非常感谢您！！', 'Thank you very much :)', 'ｔｈａｎｋｓ！', '收到，辛苦了', '谢谢你们^_^', 'thx', '3Q', '👍🏻 谢谢'])(
    'accepts %s',
    (text) => expect(isPureThankYou(text)).toBe(true),
  )

  it.each(['谢谢，拜拜', '好的谢谢，再见~', '谢谢老板', '谢谢掌柜的！', '谢谢客服小姐姐', 'thanks, bye', '谢谢88'])(
    'accepts a thank-you that addresses the shop or says goodbye: %s',
    (text) => expect(isPureThankYou(text)).toBe(true),
  )

  it.each(['拜拜', '老板在吗', '88', '谢谢老板，发什么快递？'])('rejects %s: a goodbye or address without thanks, or thanks with a question', (text) =>
    expect(isPureThankYou(text)).toBe(false),
  )

  it.each(['谢谢，但是还没到账怎么办？', '好的', '嗯嗯', '', '😊', '谢谢，请问什么时候发货', '不谢', 'thanks, where is my parcel?', '感谢信'])(
    'rejects %s',
    (text) => expect(isPureThankYou(text)).toBe(false),
  )
})

describe('isPureThankYou: endings customers really write', () => {
  it.each(['👍', '👍👍', '👍🏻', '🙏', '感恩', '感恩感恩！', '辛苦啦', '辛苦啦亲', '好的，谢谢，我等快递', '谢谢，我明天再看看', '收到谢谢，东西很好'])('accepts %s', (text) =>
    expect(isPureThankYou(text)).toBe(true),
  )

  it.each(['谢谢，我等快递吗', '谢谢，什么时候发货', '谢谢，麻烦尽快发货', '谢谢，但是颜色不对', '谢谢，还没收到', '感恩，能便宜点吗？', '😊😊', '我等快递'])(
    'rejects %s: a question, request or objection after the thanks, or no thanks at all',
    (text) => expect(isPureThankYou(text)).toBe(false),
  )
})
