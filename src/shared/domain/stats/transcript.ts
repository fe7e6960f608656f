// Reads a conversation the agent copied out of an AliWangwang/Qianniu chat window (or the web
// chat record), so it can be classified (effective answer or not). One paste is one
// conversation with one customer. The shapes it reads, how sides are told apart and each
// refusal are documented in docs/transcripts.md: keep that file in step with this one.
// Every step is one pass over the lines (see transcript-lines.ts for why each line is cheap).
import type { Msg } from './conversation'
import { nickLine, readLine, type LineInfo } from './transcript-lines'
import { agentShops, isAgentAccount, isColleague, isRobot, isSystemSender, mentionsTransfer } from './transcript-sides'

/**
 * How the messages are laid out: a header line above each message (`header-lines`, any header
 * shape), the nick on one line and the time on the next (`name-time-lines`, also the web chat
 * record with its date lines), or one line per message with or without a bracketed time.
 */
export type TranscriptFormat = 'header-lines' | 'name-time-lines' | 'one-line-timed' | 'one-line'

export type TranscriptMessage = Msg & { sender: string; at?: string }

/** What a refused line was expected to look like. */
export type ExpectedShape = 'header' | 'name-time' | 'timed-sender' | 'sender'

export type TranscriptError =
  | { ok: false; code: 'empty' }
  | { ok: false; code: 'unknown-format'; detail: { line: number; text: string } }
  | { ok: false; code: 'unparsable-line'; detail: { line: number; text: string; expected: ExpectedShape } }
  | { ok: false; code: 'several-customers'; detail: { line: number; senders: [string, string] } }
  | { ok: false; code: 'no-agent-lines'; detail: { senders: string[] } }

export type TranscriptResult = { ok: true; format: TranscriptFormat; messages: TranscriptMessage[] } | TranscriptError

/** A message as read, before its side is known; a hand-over notice has `handoverTo`. `line` is 1-based. */
type RawMessage = { sender: string; at?: string; body: string[]; line: number; handoverTo?: string }

type Read = { ok: true; messages: RawMessage[] } | Extract<TranscriptError, { code: 'unparsable-line' }>

const SENDER = /^([^\s:：]+)\s*[:：]\s*(.*)$/
const SUB_ACCOUNT_SENDER = /^([^\s:：]+[:：][^\s:：]+)\s*[:：]\s*(.*)$/
/** How much of a refused line the error quotes. */
const QUOTE = 60

const quote = (text: string) => (text.length > QUOTE ? `${text.slice(0, QUOTE)}…` : text)

export function parseTranscript(text: string, agentAccounts: readonly string[]): TranscriptResult {
  const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim())
  const infos = lines.map(readLine)
  const isAgent = (sender: string) => isAgentAccount(sender, agentAccounts)
  const begin = firstMessage(infos, isAgent)
  if (begin === 'empty') return { ok: false, code: 'empty' }
  if (typeof begin === 'number') return { ok: false, code: 'unknown-format', detail: { line: begin + 1, text: quote(lines[begin]!) } }
  const { start, format } = begin
  const read =
    format === 'one-line-timed'
      ? readTimedLines(infos, lines, start, isAgent)
      : format === 'one-line'
        ? readPlainLines(infos, lines, start, isAgent)
        : readHeaderLines(infos, lines, start)
  if (!read.ok) return read
  return assignSides(read.messages, agentAccounts, format)
}

/** A notice that may stand above the first message: routing, a product card, a date. */
function isPreamble(info: LineInfo, next: LineInfo | undefined): boolean {
  if (info.kind === 'blank' || info.kind === 'notice' || info.kind === 'handover' || info.kind === 'date') return true
  // A product card: its title stands right above its price.
  return info.kind === 'text' && next?.kind === 'notice' && next.notice === 'price'
}

function nextNonBlank(infos: readonly LineInfo[], from: number): number {
  let i = from
  while (i < infos.length && infos[i]!.kind === 'blank') i++
  return i
}

/** Where the first message starts and in which layout; the index of an unreadable line; or 'empty'. */
function firstMessage(infos: readonly LineInfo[], isAgent: (s: string) => boolean): { start: number; format: TranscriptFormat } | number | 'empty' {
  let firstText = -1
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!
    if (info.kind === 'header') return { start: i, format: 'header-lines' }
    if (info.kind === 'timed') return { start: i, format: 'one-line-timed' }
    if (nickLine(info) !== undefined && infos[nextNonBlank(infos, i + 1)]?.kind === 'stamp') return { start: i, format: 'name-time-lines' }
    if (info.kind === 'text' && splitSender(info.text, isAgent)) return { start: i, format: 'one-line' }
    if (firstText === -1 && info.kind !== 'blank') firstText = i
    if (!isPreamble(info, infos[nextNonBlank(infos, i + 1)])) return i
  }
  return firstText === -1 ? 'empty' : firstText
}

function readHeaderLines(infos: readonly LineInfo[], lines: readonly string[], start: number): Read {
  const messages: RawMessage[] = []
  // The web chat record puts the day on a line of its own, above the messages of that day.
  let day: string | undefined
  for (let i = 0; i < start; i++) {
    const info = infos[i]!
    if (info.kind === 'date') day = info.date
  }
  // The body line a following bare time would turn into the next message's nick.
  let lastNick: { message: RawMessage; index: number } | undefined
  const withDay = (at: string) => (day !== undefined && at.length <= 8 ? `${day} ${at}` : at)
  for (let i = start; i < infos.length; i++) {
    const info = infos[i]!
    const current = messages.at(-1)
    if (info.kind !== 'blank' && info.kind !== 'stamp') lastNick = undefined
    switch (info.kind) {
      case 'header':
        messages.push({ sender: info.sender, at: withDay(info.at), body: [], line: i + 1 })
        break
      case 'stamp': {
        const nick = lastNick
        if (nick === undefined) return { ok: false, code: 'unparsable-line', detail: { line: i + 1, text: quote(lines[i]!), expected: 'name-time' } }
        const sender = nick.message.body.splice(nick.index, 1)[0]!
        messages.push({ sender, at: withDay(info.at), body: [], line: i })
        lastNick = undefined
        break
      }
      case 'date':
        day = info.date
        break
      case 'handover':
        messages.push({ sender: info.from, body: [], line: i + 1, handoverTo: info.to })
        break
      case 'notice':
        break
      case 'timed':
      case 'text': {
        if (i === start) {
          // The nick line of the first name-then-time message.
          messages.push({ sender: info.kind === 'text' ? info.text : lines[i]!, body: [], line: i + 1 })
          const stampAt = nextNonBlank(infos, i + 1)
          const stamp = infos[stampAt]!
          if (stamp.kind === 'stamp') messages.at(-1)!.at = withDay(stamp.at)
          i = stampAt
          break
        }
        if (current === undefined) break
        current.body.push(lines[i]!)
        lastNick = nickLine(info) === undefined ? undefined : { message: current, index: current.body.length - 1 }
        break
      }
      case 'blank':
        current?.body.push('')
        break
    }
  }
  return { ok: true, messages }
}

function readTimedLines(infos: readonly LineInfo[], lines: readonly string[], start: number, isAgent: (sender: string) => boolean): Read {
  const messages: RawMessage[] = []
  for (let i = start; i < infos.length; i++) {
    const info = infos[i]!
    if (info.kind === 'notice' || info.kind === 'date') continue
    if (info.kind === 'handover') {
      messages.push({ sender: info.from, body: [], line: i + 1, handoverTo: info.to })
      continue
    }
    if (info.kind !== 'timed') {
      messages.at(-1)?.body.push(lines[i]!)
      continue
    }
    const said = splitSender(info.rest, isAgent)
    if (!said) return { ok: false, code: 'unparsable-line', detail: { line: i + 1, text: quote(lines[i]!), expected: 'timed-sender' } }
    messages.push({ sender: said.sender, at: info.at, body: [said.text], line: i + 1 })
  }
  return { ok: true, messages }
}

function readPlainLines(infos: readonly LineInfo[], lines: readonly string[], start: number, isAgent: (sender: string) => boolean): Read {
  const messages: RawMessage[] = []
  for (let i = start; i < infos.length; i++) {
    const info = infos[i]!
    if (info.kind === 'blank' || info.kind === 'notice' || info.kind === 'date') continue
    if (info.kind === 'handover') {
      messages.push({ sender: info.from, body: [], line: i + 1, handoverTo: info.to })
      continue
    }
    const said = splitSender(lines[i]!, isAgent)
    if (!said) return { ok: false, code: 'unparsable-line', detail: { line: i + 1, text: quote(lines[i]!), expected: 'sender' } }
    messages.push({ sender: said.sender, body: [said.text], line: i + 1 })
  }
  return { ok: true, messages }
}

/** 'name: text', or 'shop:name: text' when 'shop:name' is one of the agent's accounts. */
function splitSender(line: string, isAgent: (sender: string) => boolean): { sender: string; text: string } | null {
  const sub = SUB_ACCOUNT_SENDER.exec(line)
  if (sub && isAgent(sub[1] as string)) return { sender: sub[1] as string, text: sub[2] as string }
  const plain = SENDER.exec(line)
  return plain ? { sender: plain[1] as string, text: plain[2] as string } : null
}

function assignSides(raw: readonly RawMessage[], agentAccounts: readonly string[], format: TranscriptFormat): TranscriptResult {
  const isAgent = (sender: string) => isAgentAccount(sender, agentAccounts)
  const said = raw.filter((r) => r.handoverTo === undefined && !isSystemSender(r.sender))
  // Checked first: with wrong account names the agent's own lines look like a second customer,
  // and 'no-agent-lines' is the diagnosis that tells the agent what to fix.
  const agentSenders = said.filter((r) => isAgent(r.sender)).map((r) => r.sender)
  if (agentSenders.length === 0) {
    return { ok: false, code: 'no-agent-lines', detail: { senders: [...new Set(said.map((r) => r.sender))] } }
  }
  const shops = agentShops(agentAccounts, agentSenders)
  const messages: TranscriptMessage[] = []
  let customer: string | undefined
  let talked = false
  for (const r of raw) {
    const text = messageText(r.body)
    let from: Msg['from']
    if (r.handoverTo !== undefined) {
      // Routing above the conversation, or a colleague handing the customer to this agent, is
      // not this agent's transfer.
      if (!talked || isAgent(r.handoverTo)) continue
      from = 'transfer'
    } else if (isSystemSender(r.sender)) {
      if (text === undefined || !mentionsTransfer(text)) continue
      from = 'transfer'
    } else if (isRobot(r.sender, text)) {
      from = 'robot'
    } else if (isAgent(r.sender)) {
      from = 'agent'
    } else if (isColleague(r.sender, shops)) {
      from = 'colleague'
    } else {
      if (customer !== undefined && customer !== r.sender) {
        return { ok: false, code: 'several-customers', detail: { line: r.line, senders: [customer, r.sender] } }
      }
      customer = r.sender
      from = 'customer'
    }
    talked = true
    messages.push({ from, sender: r.sender, ...(r.at === undefined ? {} : { at: r.at }), ...(text === undefined ? {} : { text }) })
  }
  return { ok: true, format, messages }
}

/** The message's text without surrounding blank lines; undefined when there is none. */
function messageText(body: readonly string[]): string | undefined {
  const text = body.join('\n').trim()
  return text === '' ? undefined : text
}
