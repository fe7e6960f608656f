// Reading a JSON body (bounded) and writing JSON answers, including a TeamError as
// `{ error: { code, message, details } }`.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { z } from 'zod'
import { TeamError } from '../team-error'

const MAX_BODY_BYTES = 16 * 1024 * 1024

export async function readJson<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.output<S>> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new TeamError('bad-request', 'The request is too large. Upload fewer changes at a time.')
    chunks.push(chunk as Buffer)
  }
  let body: unknown
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
  } catch {
    throw new TeamError('bad-request', 'The request is not valid JSON.')
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new TeamError('bad-request', `Invalid ${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'bad value'}.`)
  }
  return parsed.data
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

export function sendError(res: ServerResponse, error: unknown): void {
  if (error instanceof TeamError) {
    sendJson(res, error.status, { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } })
    return
  }
  console.error('team api: unexpected error', error)
  sendJson(res, 500, { error: { code: 'internal', message: 'The team server hit an unexpected error. Try again; if it persists, tell your admin.' } })
}
