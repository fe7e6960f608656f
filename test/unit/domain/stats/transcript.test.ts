import { describe, expect, it } from 'vitest'
import { classifyConversation, parseTranscript } from '../../../../src/shared/domain'

const agents = ['小美']

describe('parseTranscript: formats', () => {
  it('reads header lines with date and time, and multi-line messages', () => {
    const text = ['买家tom 2026-11-22 14:03:12', '在吗', '', '小美 2026-11-22 14:03:30', '您好，在的', '请问有什么可以帮您？', ''].join('\n')
    expect(parseTranscript(text, agents)).toEqual({
      ok: true,
      format: 'header-lines',
      messages: [
        { from: 'customer', sender: '买家tom', at: '2026-11-22 14:03:12', text: '在吗' },
        { from: 'agent', sender: '小美', at: '2026-11-22 14:03:30', text: '您好，在的\n请问有什么可以帮您？' },
      ],
    })
  })

  it('reads headers in parentheses, with slashes in the date or the time alone', () => {
    const text = '买家tom(2026/11/2 9:03:12):\n在吗\n小美（14:03:30）\n在的\n小美 14:04:00\n'
    const r = parseTranscript(text, agents)
    expect(r).toMatchObject({ ok: true, format: 'header-lines' })
    if (!r.ok) return
    expect(r.messages.map((m) => [m.sender, m.at, m.text])).toEqual([
      ['买家tom', '2026-11-02 09:03:12', '在吗'],
      ['小美', '14:03:30', '在的'],
      ['小美', '14:04:00', undefined],
    ])
  })

  it('reads timed one-line messages with continuation lines and full-width colons', () => {
    const text = '[14:03:12] 买家tom: 在吗\r\n[14:03:30] 小美：您好\r\n第二行\r\n[2026-11-22 14:04] 买家tom: 好的'
    expect(parseTranscript(text, agents)).toEqual({
      ok: true,
      format: 'one-line-timed',
      messages: [
        { from: 'customer', sender: '买家tom', at: '14:03:12', text: '在吗' },
        { from: 'agent', sender: '小美', at: '14:03:30', text: '您好\n第二行' },
        { from: 'customer', sender: '买家tom', at: '2026-11-22 14:04', text: '好的' },
      ],
    })
  })

  it('reads sender: message lines without times', () => {
    expect(parseTranscript('买家tom: 在吗\n\n小美：在的', agents)).toEqual({
      ok: true,
      format: 'one-line',
      messages: [
        { from: 'customer', sender: '买家tom', text: '在吗' },
        { from: 'agent', sender: '小美', text: '在的' },
      ],
    })
  })
})

describe('parseTranscript: sides', () => {
  it('matches sub-accounts with or without the shop prefix', () => {
    const r = parseTranscript('买家tom: 在吗\n充值店:小美: 在的', ['小美'])
    expect(r.ok && r.messages[1]).toMatchObject({ from: 'agent', sender: '充值店:小美', text: '在的' })
    const r2 = parseTranscript('买家tom 14:03:12\n在吗\n小美 14:03:20\n在的', ['充值店:小美'])
    expect(r2.ok && r2.messages[1]?.from).toBe('agent')
  })

  it('does not take another shop sub-account with the same name for the agent', () => {
    expect(parseTranscript('买家tom: 在吗\n别的店:小美: 在的', ['充值店:小美'])).toEqual({
      ok: false,
      code: 'no-agent-lines',
      detail: { senders: ['买家tom', '别的店'] },
    })
  })

  it('reads a system transfer notice as a transfer, an agent line about transferring as a message, and skips other system lines', () => {
    const text = ['买家tom: 还没到账', '系统消息: 买家已付款', '小美: 为您转接专职客服', '系统消息: 会话已转交给 专职小王'].join('\n')
    const r = parseTranscript(text, agents)
    expect(r.ok && r.messages.map((m) => m.from)).toEqual(['customer', 'agent', 'transfer'])
    // One customer message: the transfer does not count, the agent's last word does.
    expect(r.ok && classifyConversation(r.messages).reason).toBe('agent-last')
  })

  it('feeds the classifier: a thank-you closes a pasted conversation', () => {
    const r = parseTranscript('[14:03:12] 买家tom: 到账了吗\n[14:03:30] 小美: 已到账\n[14:04:00] 买家tom: 好的谢谢！', agents)
    expect(r.ok && classifyConversation(r.messages)).toMatchObject({ effective: true, reason: 'thanked' })
  })
})

describe('parseTranscript: refusals', () => {
  it('refuses blank text', () => {
    expect(parseTranscript(' \n\n  ', agents)).toEqual({ ok: false, code: 'empty' })
  })

  it('refuses an unknown format, naming the first non-blank line', () => {
    expect(parseTranscript('\n你好 在吗\n在的', agents)).toEqual({ ok: false, code: 'unknown-format', detail: { line: 2, text: '你好 在吗' } })
  })

  it('refuses a line without a sender in the one-line formats', () => {
    expect(parseTranscript('买家tom: 在吗\n小美: 在的\n后面这一行没有发送人', agents)).toEqual({
      ok: false,
      code: 'unparsable-line',
      detail: { line: 3, text: '后面这一行没有发送人', expected: 'sender' },
    })
    expect(parseTranscript('[14:03:12] 买家tom: 在吗\n[14:03:30] 没有冒号', agents)).toEqual({
      ok: false,
      code: 'unparsable-line',
      detail: { line: 2, text: '[14:03:30] 没有冒号', expected: 'timed-sender' },
    })
  })

  it('refuses two customers in one paste', () => {
    expect(parseTranscript('买家tom: 在吗\n小美: 在的\n买家jerry: 我也问一下', agents)).toEqual({
      ok: false,
      code: 'several-customers',
      detail: { line: 3, senders: ['买家tom', '买家jerry'] },
    })
  })

  it('refuses a transcript with none of the agent accounts, listing the senders found', () => {
    expect(parseTranscript('买家tom: 在吗\n客服小丽: 在的\n买家tom: 好', agents)).toEqual({
      ok: false,
      code: 'no-agent-lines',
      detail: { senders: ['买家tom', '客服小丽'] },
    })
    expect(parseTranscript('买家tom: 在吗\n小美: 在的', [])).toMatchObject({ ok: false, code: 'no-agent-lines' })
  })
})
