// Chat copies as Qianniu, AliWangwang and the web chat record produce them (shapes described by
// public clipboard parsers and chat-record tools), read by parseTranscript and classified.
import { describe, expect, it } from 'vitest'
import { classifyConversation, outcomeForConversation, parseTranscript, type TranscriptResult } from '../../../../src/shared/domain'

const agents = ['旗舰店:小美']
const sides = (r: TranscriptResult) => (r.ok ? r.messages.map((m) => [m.from, m.sender, m.text]) : r)

describe('parseTranscript: header shapes', () => {
  it('reads a nick glued to the date with no space, and dates without zero padding', () => {
    const r = parseTranscript('买家tom2026-1-5 9:03:12\n在吗\n旗舰店:小美2026-1-5 9:03:30\n在的亲', agents)
    expect(r).toMatchObject({ ok: true, format: 'header-lines' })
    expect(r.ok && r.messages.map((m) => [m.sender, m.at, m.text])).toEqual([
      ['买家tom', '2026-01-05 09:03:12', '在吗'],
      ['旗舰店:小美', '2026-01-05 09:03:30', '在的亲'],
    ])
  })

  it('reads the nick on one line and the time on the next', () => {
    const text = ['买家tom', '2026-11-22 14:03:12', '在吗', '发货了吗', '旗舰店:小美', '2026-11-22 14:03:40', '今天下午发出'].join('\n')
    const r = parseTranscript(text, agents)
    expect(r).toMatchObject({ ok: true, format: 'name-time-lines' })
    expect(r.ok && r.messages.map((m) => [m.from, m.sender, m.at, m.text])).toEqual([
      ['customer', '买家tom', '2026-11-22 14:03:12', '在吗\n发货了吗'],
      ['agent', '旗舰店:小美', '2026-11-22 14:03:40', '今天下午发出'],
    ])
  })

  it('reads "sender --> receiver date time" headers', () => {
    const text = '买家tom --> 旗舰店:小美 2026-11-22 14:03:12\n在吗\n旗舰店:小美-->买家tom 2026-11-22 14:03:20\n在的'
    expect(sides(parseTranscript(text, agents))).toEqual([
      ['customer', '买家tom', '在吗'],
      ['agent', '旗舰店:小美', '在的'],
    ])
  })

  it('reads "[nick] date time" headers', () => {
    const text = '[买家tom] 2026-11-22 14:03:12\n在吗\n【旗舰店:小美】 2026-11-22 14:03:20\n在的'
    expect(sides(parseTranscript(text, agents))).toEqual([
      ['customer', '买家tom', '在吗'],
      ['agent', '旗舰店:小美', '在的'],
    ])
  })

  it('reads the web chat record: a date line first, then name and time on separate lines', () => {
    const text = ['2026-11-22 星期日', '', '买家tom', '14:03:12', '在吗', '', '旗舰店:小美', '14:03:30', '在的亲', '请问有什么可以帮您'].join('\n')
    const r = parseTranscript(text, agents)
    expect(r.ok && r.messages.map((m) => [m.sender, m.at, m.text])).toEqual([
      ['买家tom', '2026-11-22 14:03:12', '在吗'],
      ['旗舰店:小美', '2026-11-22 14:03:30', '在的亲\n请问有什么可以帮您'],
    ])
  })
})

describe('parseTranscript: lines that belong to the conversation without being messages', () => {
  it('skips the routing lines and the product card at the top', () => {
    const text = [
      '当前用户来自 手机淘宝',
      '夏季新款纯棉短袖T恤 男款',
      '¥59.00',
      '由 服务助手 转交给 旗舰店:小美',
      '原因：买家咨询售后问题',
      '买家tom 2026-11-22 14:03:12',
      '这件有XL吗',
      '旗舰店:小美 2026-11-22 14:03:30',
      '有的亲',
    ].join('\n')
    const r = parseTranscript(text, agents)
    expect(sides(r)).toEqual([
      ['customer', '买家tom', '这件有XL吗'],
      ['agent', '旗舰店:小美', '有的亲'],
    ])
    expect(r.ok && classifyConversation(r.messages)).toMatchObject({ effective: true, reason: 'agent-last', transferred: false })
  })

  it('leaves read receipts, sending states and recalls out of the messages', () => {
    const text = ['买家tom 14:03:12', '在吗', '已读', '买家tom 撤回了一条消息', '旗舰店:小美 14:03:30', '在的', '未读', '发送中'].join('\n')
    expect(sides(parseTranscript(text, agents))).toEqual([
      ['customer', '买家tom', '在吗'],
      ['agent', '旗舰店:小美', '在的'],
    ])
  })

  it('reads a hand-over notice "由 A 转交给 B" as the transfer itself, with its reason line skipped', () => {
    const questions = Array.from({ length: 21 }, (_, i) => `买家tom 14:${String(10 + i).padStart(2, '0')}:00\n第 ${i + 1} 个问题`)
    const text = [...questions, '旗舰店:小美 14:40:00', '我帮您转给专职同事', '由 旗舰店:小美 转交给 旗舰店:专职小王', '原因：问题较多'].join('\n')
    const r = parseTranscript(text, agents)
    expect(r.ok && r.messages.at(-1)).toEqual({ from: 'transfer', sender: '旗舰店:小美' })
    expect(r.ok && classifyConversation(r.messages)).toMatchObject({ effective: true, reason: 'transferred', customerMessages: 21 })
    expect(r.ok && outcomeForConversation(classifyConversation(r.messages))).toBe('transferred')
  })

  it('does not read an agent line that merely mentions 转接 as a transfer', () => {
    const r = parseTranscript('买家tom: 能转人工吗\n旗舰店:小美: 抱歉，现在无法转接，我来帮您处理\n买家tom: 好吧', agents)
    expect(r.ok && r.messages.map((m) => m.from)).toEqual(['customer', 'agent', 'customer'])
    expect(r.ok && classifyConversation(r.messages).transferred).toBe(false)
  })
})

describe('parseTranscript: several accounts on the shop side', () => {
  it('reads colleagues of the same shop and the shop robot as the shop side, not a second customer', () => {
    const text = [
      '买家tom 14:03:12',
      '到哪了',
      '旗舰店:店小蜜 14:03:13',
      '亲，您可以在订单详情里查看物流哦',
      '旗舰店:小美 14:03:30',
      '[机器人回复] 您好，欢迎光临',
      '旗舰店:小美 14:04:00',
      '我帮您查一下',
      '旗舰店:小王 14:05:00',
      '已经帮您催了快递',
    ].join('\n')
    const r = parseTranscript(text, ['小美'])
    expect(r.ok && r.messages.map((m) => [m.from, m.sender])).toEqual([
      ['customer', '买家tom'],
      ['robot', '旗舰店:店小蜜'],
      ['robot', '旗舰店:小美'],
      ['agent', '旗舰店:小美'],
      ['colleague', '旗舰店:小王'],
    ])
    // The colleague had the last word: not this agent's effective answer.
    expect(r.ok && classifyConversation(r.messages)).toMatchObject({ effective: false, reason: 'colleague-last' })
  })

  it("never counts the robot's answer as the agent's", () => {
    const r = parseTranscript('买家tom 14:03:00\n在吗\n旗舰店:小美 14:03:05\n在的\n买家tom 14:03:12\n发什么快递\n旗舰店:店小蜜 14:03:13\n默认中通快递哦', agents)
    expect(r.ok && classifyConversation(r.messages)).toMatchObject({ effective: false, reason: 'customer-last' })
  })

  it('reads a hand-over to a colleague as a transfer, and a hand-over to this agent as routing', () => {
    const many = Array.from({ length: 22 }, (_, i) => `买家tom: 问题${i}`)
    const toColleague = parseTranscript([...many, '旗舰店:小美: 稍等', '由 旗舰店:小美 转交给 旗舰店:小王'].join('\n'), agents)
    expect(toColleague.ok && classifyConversation(toColleague.messages).reason).toBe('transferred')
    const toMe = parseTranscript(['买家tom: 在吗', '由 旗舰店:小王 转交给 旗舰店:小美', '旗舰店:小美: 在的'].join('\n'), agents)
    expect(toMe.ok && toMe.messages.map((m) => m.from)).toEqual(['customer', 'agent'])
  })
})

describe('parseTranscript: refusals name the line and the shape expected', () => {
  it('names a time line with no nick above it in the name-then-time shape', () => {
    const text = ['买家tom', '14:03:12', '在吗？', '14:03:30', '在的'].join('\n')
    expect(parseTranscript(text, agents)).toEqual({ ok: false, code: 'unparsable-line', detail: { line: 4, text: '14:03:30', expected: 'name-time' } })
  })

  it('names an unreadable first line, quoting it', () => {
    expect(parseTranscript('请帮我看看这段聊天\n在吗', agents)).toEqual({ ok: false, code: 'unknown-format', detail: { line: 1, text: '请帮我看看这段聊天' } })
  })
})

describe('parseTranscript: linear time on hostile pastes', () => {
  it('reads a 200,000-character paste with one long run of spaces', () => {
    const spaces = ' '.repeat(100_000)
    const text = `买家tom 14:03:12\n在吗${spaces}在吗\n${'x'.repeat(99_900)}\n旗舰店:小美 14:03:30\n在的`
    const r = parseTranscript(text, agents)
    expect(r.ok && r.messages.map((m) => [m.from, m.text?.length])).toEqual([
      ['customer', 4 + 100_000 + 1 + 99_900],
      ['agent', 2],
    ])
  })

  it('refuses 200,000 spaces as empty and a 200,000-character line of spaces between words as unreadable', () => {
    expect(parseTranscript(' '.repeat(200_000), agents)).toEqual({ ok: false, code: 'empty' })
    const r = parseTranscript(`a${' '.repeat(200_000)}b 14:03:12`, agents)
    expect(r).toMatchObject({ ok: false, code: 'unknown-format', detail: { line: 1 } })
  })
})
