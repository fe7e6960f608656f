// Reads a conversation the agent copied out of an AliWangwang/Qianniu chat window, so it can be
// classified (effective answer or not). One paste is one conversation with one customer.
// The formats it reads, how sides are told apart and each refusal code are documented in
// docs/transcripts.md: keep that file in step with this one.
import type { Msg } from './conversation'
import { isAgentAccount, isSystemSender, mentionsTransfer } from './transcript-sides'

export type TranscriptFormat = 'header-lines' | 'one-line-timed' | 'one-line'

export type TranscriptMessage = Msg & { sender: string; at?: string }

export type TranscriptError =
  | { ok: false; code: 'empty' }
  | { ok: false; code: 'unknown-format' | 'unparsable-line'; detail: { line: number } }
  | { ok: false; code: 'several-customers'; detail: { line: number; senders: [string, string] } }
  | { ok: false; code: 'no-agent-lines'; detail: { senders: string[] } }

export type TranscriptResult = { ok: true; format: TranscriptFormat; messages: TranscriptMessage[] } | TranscriptError

/** A message as read, before its side is known. `line` is 1-based; `body` holds its raw text lines. */
type RawMessage = { sender: string; at?: string; body: string[]; line: number }

type Read = { ok: true; messages: RawMessage[] } | { ok: false; code: 'unparsable-line'; detail: { line: number } }

const DATE = String.raw`(\d{4}[-/]\d{1,2}[-/]\d{1,2})`
const HEADER_PARENS = new RegExp(String.raw`^(.+?)\s*[(（]\s*(?:${DATE}\s+)?(\d{1,2}:\d{2}:\d{2})\s*[)）]\s*[:：]?$`)
const HEADER_PLAIN = new RegExp(String.raw`^(.+?)\s+(?:${DATE}\s+)?(\d{1,2}:\d{2}:\d{2})$`)
const TIMED = new RegExp(String.raw`^\[\s*(?:${DATE}\s+)?(\d{1,2}:\d{2}(?::\d{2})?)\s*\]\s*(.*)$`)
const SENDER = /^([^\s:：]+)\s*[:：]\s*(.*)$/
const SUB_ACCOUNT_SENDER = /^([^\s:：]+[:：][^\s:：]+)\s*[:：]\s*(.*)$/

export function parseTranscript(text: string, agentAccounts: readonly string[]): TranscriptResult {
  const lines = text.split(/\r\n|\r|\n/)
  const start = lines.findIndex((l) => l.trim() !== '')
  const first = lines[start]?.trim()
  if (first === undefined) return { ok: false, code: 'empty' }
  const isAgent = (sender: string) => isAgentAccount(sender, agentAccounts)

  let format: TranscriptFormat
  let read: Read
  if (matchHeader(first)) {
    format = 'header-lines'
    read = readHeaderLines(lines, start)
  } else if (TIMED.test(first)) {
    format = 'one-line-timed'
    read = readTimedLines(lines, start, isAgent)
  } else if (SENDER.test(first)) {
    format = 'one-line'
    read = readPlainLines(lines, start, isAgent)
  } else {
    return { ok: false, code: 'unknown-format', detail: { line: start + 1 } }
  }
  if (!read.ok) return read
  return assignSides(read.messages, isAgent, format)
}

function assignSides(raw: readonly RawMessage[], isAgent: (sender: string) => boolean, format: TranscriptFormat): TranscriptResult {
  // Checked first: with wrong account names the agent's own lines look like a second customer,
  // and 'no-agent-lines' is the diagnosis that tells the agent what to fix.
  if (!raw.some((r) => isAgent(r.sender))) {
    return { ok: false, code: 'no-agent-lines', detail: { senders: [...new Set(raw.map((r) => r.sender))] } }
  }
  const messages: TranscriptMessage[] = []
  let customer: string | undefined
  for (const r of raw) {
    const text = messageText(r.body)
    let from: Msg['from']
    if (isSystemSender(r.sender)) {
      if (text === undefined || !mentionsTransfer(text)) continue
      from = 'transfer'
    } else if (isAgent(r.sender)) {
      from = text !== undefined && mentionsTransfer(text) ? 'transfer' : 'agent'
    } else {
      if (customer !== undefined && customer !== r.sender) {
        return { ok: false, code: 'several-customers', detail: { line: r.line, senders: [customer, r.sender] } }
      }
      customer = r.sender
      from = 'customer'
    }
    messages.push({ from, sender: r.sender, ...(r.at === undefined ? {} : { at: r.at }), ...(text === undefined ? {} : { text }) })
  }
  return { ok: true, format, messages }
}

function matchHeader(line: string): { sender: string; at: string } | null {
  const m = HEADER_PARENS.exec(line) ?? HEADER_PLAIN.exec(line)
  return m ? { sender: (m[1] as string).trim(), at: timestamp(m[2], m[3] as string) } : null
}

function readHeaderLines(lines: readonly string[], start: number): Read {
  const messages: RawMessage[] = []
  lines.slice(start).forEach((line, i) => {
    const header = matchHeader(line.trim())
    if (header) messages.push({ ...header, body: [], line: start + i + 1 })
    else messages.at(-1)?.body.push(line)
  })
  return { ok: true, messages }
}

function readTimedLines(lines: readonly string[], start: number, isAgent: (sender: string) => boolean): Read {
  const messages: RawMessage[] = []
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] as string).trim()
    const m = TIMED.exec(line)
    if (!m) {
      messages.at(-1)?.body.push(line)
      continue
    }
    const said = splitSender(m[3] as string, isAgent)
    if (!said) return { ok: false, code: 'unparsable-line', detail: { line: i + 1 } }
    messages.push({ sender: said.sender, at: timestamp(m[1], m[2] as string), body: [said.text], line: i + 1 })
  }
  return { ok: true, messages }
}

function readPlainLines(lines: readonly string[], start: number, isAgent: (sender: string) => boolean): Read {
  const messages: RawMessage[] = []
  for (let i = start; i < lines.length; i++) {
    const line = (lines[i] as string).trim()
    if (line === '') continue
    const said = splitSender(line, isAgent)
    if (!said) return { ok: false, code: 'unparsable-line', detail: { line: i + 1 } }
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

/** The message's text without surrounding blank lines; undefined when there is none. */
function messageText(body: readonly string[]): string | undefined {
  const text = body
    .map((l) => l.trim())
    .join('\n')
    .trim()
  return text === '' ? undefined : text
}

/** 'YYYY-MM-DD HH:MM:SS' (or just the time when the transcript shows none), zero-padded. */
function timestamp(date: string | undefined, time: string): string {
  const pad = (part: string) => part.padStart(2, '0')
  const t = time.split(':').map(pad).join(':')
  if (date === undefined) return t
  const [y, mo, d] = date.split(/[-/]/) as [string, string, string]
  return `${y}-${pad(mo)}-${pad(d)} ${t}`
}
