// What one line of a pasted chat is, read on its own: a message header in one of the shapes
// Qianniu, AliWangwang and the web chat record copy, a bare time or date, a notice that
// belongs to the conversation without being a message (read receipts, recalls, hand-overs,
// routing and product cards), or text. docs/transcripts.md lists every shape.
//
// Linear time: headers and notices are short, so only lines up to SHORT_LINE characters are
// tried against the patterns with free-length parts; a longer line is text. Every pattern is
// anchored, and the lazy sender part only ever runs over a short line.

/** Headers and notices are a nick and a time, or a one-line notice: never longer than this. */
export const SHORT_LINE = 160
/** A nick is at most this long; a longer "sender" is a sentence that happens to end in a time. */
const NICK_MAX = 48

const DATE = String.raw`(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)`
const TIME = String.raw`(\d{1,2}:\d{2}:\d{2})`
const WEEKDAY = String.raw`(?:\s*(?:星期|周)[一二三四五六日天])?`

const STAMP = new RegExp(String.raw`^(?:${DATE}${WEEKDAY}\s*)?${TIME}$`)
const DATE_ONLY = new RegExp(String.raw`^${DATE}${WEEKDAY}$`)
const HEADER_PARENS = new RegExp(String.raw`^(.+?)\s*[(（]\s*(?:${DATE}\s*)?${TIME}\s*[)）]\s*[:：]?$`)
const HEADER_ARROW = new RegExp(String.raw`^(.+?)\s*-{1,2}>\s*(.+?)\s+(?:${DATE}\s*)?${TIME}\s*[:：]?$`)
const HEADER_BRACKET = new RegExp(String.raw`^[[【]([^\]】]+)[\]】]\s*(?:${DATE}\s*)?${TIME}\s*[:：]?$`)
// The nick may be glued to the date ("小美2026-11-22 14:03:12"): the stamp is read from the end.
const HEADER_PLAIN = new RegExp(String.raw`^(.+?)\s*(?:${DATE}\s*)?${TIME}\s*[:：]?$`)
const TIMED = new RegExp(String.raw`^[[【]\s*(?:${DATE}\s+)?(\d{1,2}:\d{2}(?::\d{2})?)\s*[\]】]\s*(.*)$`)

const STATUS = /^(?:已读|未读|发送中|已发送|发送失败|对方已读|对方未读|消息已发出，但被对方拒收了)$/
const RECALLED = /^(.{0,48}?)\s*撤回了一条消息$/
const HANDOVER = /^(?:(?:系统消息|系统提示|系统)\s*[:：]\s*)?(?:会话)?由\s*(.+?)\s*转(?:交|接)给\s*(.+?)\s*$/
const REASON = /^(?:转交|转接)?原因\s*[:：]/
const ROUTING = /^(?:当前用户来自|用户来自|来自[:：]|咨询商品|正在咨询|商品链接|订单号[:：]|访客来源|买家正在浏览)/
const PRICE = /^(?:(?:价格|售价|到手价|券后价)\s*[:：]?\s*)?[¥￥]\s*\d+(?:\.\d+)?(?:\s*[-~～]\s*[¥￥]?\s*\d+(?:\.\d+)?)?$/
const SEPARATOR = /^[-—=─\s]*(?:以上是历史消息|以下为新消息|以上为历史消息|查看更多消息|聊天记录)[-—=─\s]*$/

export type Notice = 'status' | 'recalled' | 'reason' | 'routing' | 'price' | 'separator'

export type HeaderShape = 'plain' | 'parens' | 'arrow' | 'bracket'

export type LineInfo =
  | { kind: 'blank' }
  | { kind: 'notice'; notice: Notice }
  | { kind: 'handover'; from: string; to: string }
  | { kind: 'date'; date: string }
  | { kind: 'stamp'; at: string }
  | { kind: 'timed'; at: string; rest: string }
  | { kind: 'header'; shape: HeaderShape; sender: string; at: string }
  | { kind: 'text'; text: string }

/** 'YYYY-MM-DD HH:MM:SS' (or just the time when the line shows none), zero-padded. */
export function timestamp(date: string | undefined, time: string): string {
  const pad = (part: string) => part.padStart(2, '0')
  const t = time.split(':').map(pad).join(':')
  if (date === undefined) return t
  const [y, mo, d] = date.split(/[-/.年月日]/) as [string, string, string]
  return `${y}-${pad(mo)}-${pad(d)} ${t}`
}

function dayOf(date: string): string {
  const [y, mo, d] = date.split(/[-/.年月日]/) as [string, string, string]
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`
}

/** A nick, not a sentence that happens to end in a time. */
function plausibleNick(nick: string): boolean {
  return nick !== '' && nick.length <= NICK_MAX && !/[，。！？；,!?;]/.test(nick)
}

function header(line: string): LineInfo | null {
  const bracket = HEADER_BRACKET.exec(line)
  if (bracket) return { kind: 'header', shape: 'bracket', sender: bracket[1]!.trim(), at: timestamp(bracket[2], bracket[3]!) }
  const arrow = HEADER_ARROW.exec(line)
  if (arrow && plausibleNick(arrow[1]!.trim())) return { kind: 'header', shape: 'arrow', sender: arrow[1]!.trim(), at: timestamp(arrow[3], arrow[4]!) }
  const parens = HEADER_PARENS.exec(line)
  if (parens && plausibleNick(parens[1]!.trim())) return { kind: 'header', shape: 'parens', sender: parens[1]!.trim(), at: timestamp(parens[2], parens[3]!) }
  const plain = HEADER_PLAIN.exec(line)
  if (plain && plausibleNick(plain[1]!.trim())) return { kind: 'header', shape: 'plain', sender: plain[1]!.trim(), at: timestamp(plain[2], plain[3]!) }
  return null
}

/** `line` trimmed. */
export function readLine(line: string): LineInfo {
  if (line === '') return { kind: 'blank' }
  if (line.length > SHORT_LINE) return { kind: 'text', text: line }
  const stamp = STAMP.exec(line)
  if (stamp) return { kind: 'stamp', at: timestamp(stamp[1], stamp[2]!) }
  const date = DATE_ONLY.exec(line)
  if (date) return { kind: 'date', date: dayOf(date[1]!) }
  if (STATUS.test(line)) return { kind: 'notice', notice: 'status' }
  if (RECALLED.test(line)) return { kind: 'notice', notice: 'recalled' }
  const handover = HANDOVER.exec(line)
  if (handover) return { kind: 'handover', from: handover[1]!, to: handover[2]! }
  if (REASON.test(line)) return { kind: 'notice', notice: 'reason' }
  if (ROUTING.test(line)) return { kind: 'notice', notice: 'routing' }
  if (PRICE.test(line)) return { kind: 'notice', notice: 'price' }
  if (SEPARATOR.test(line)) return { kind: 'notice', notice: 'separator' }
  const timed = TIMED.exec(line)
  if (timed) return { kind: 'timed', at: timestamp(timed[1], timed[2]!), rest: timed[3]! }
  return header(line) ?? { kind: 'text', text: line }
}

/** A short text line that can be a nick standing above its time (the name-then-time shapes). */
export function nickLine(info: LineInfo): string | undefined {
  return info.kind === 'text' && plausibleNick(info.text) ? info.text : undefined
}
