// Calls to the team API the way a device makes them (the desktop's own teamCall), for tests.
import { teamCall } from '../../../src/main/services/sync/team-connector'
import type { SessionResponse, UploadOp } from '../../../src/shared/team/api'

export type ApiAnswer<T = Record<string, unknown>> = { status: number; body: T & { error?: { code: string; message: string; details?: Record<string, unknown> } } }

export async function callApi<T = Record<string, unknown>>(baseUrl: string, path: string, body?: unknown, token?: string): Promise<ApiAnswer<T>> {
  return (await teamCall(() => baseUrl)(path, body, token)) as ApiAnswer<T>
}

let counter = 0

/** Invites and signs up an account through the API; the first call needs the admin invite code. */
export async function signUp(baseUrl: string, code: string, name: string, password = 'correct horse battery'): Promise<SessionResponse> {
  counter += 1
  const answer = await callApi<SessionResponse>(baseUrl, '/api/invites/accept', { code, login: `${name}-${counter}`, displayName: name, password })
  if (answer.status !== 200) throw new Error(`sign-up of ${name} failed: ${answer.status} ${JSON.stringify(answer.body)}`)
  return answer.body
}

export async function invite(baseUrl: string, by: SessionResponse, role: 'agent' | 'lead' | 'admin' = 'agent'): Promise<string> {
  const answer = await callApi<{ code: string }>(baseUrl, '/api/admin/invites', { role }, by.token)
  if (answer.status !== 200) throw new Error(`invite failed: ${answer.status} ${JSON.stringify(answer.body)}`)
  return answer.body.code
}

export function upload(baseUrl: string, session: SessionResponse, ops: UploadOp[]) {
  return callApi<{ applied: number }>(baseUrl, '/api/upload', { ops }, session.token)
}
