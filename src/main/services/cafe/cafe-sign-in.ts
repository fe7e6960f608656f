// 网吧模式's sign-in: the agent's team account (never an invite: a café PC is not where an account
// is made), then her café key from the server. The key is only ever in memory on the PC.
import type { CafeSignInInput } from '../../../shared/ipc/cafe'
import { cafeKeyResponseSchema, type SessionResponse } from '../../../shared/team/api'
import { databaseKeyFromBytes } from '../../db/cipher'
import type { TeamCall } from '../sync/team-connector'
import { refusal, signInToTeam, teamServerUrl } from '../team/team-sign-in'

export type CafeCredentials = { serverUrl: string; login: string; session: SessionResponse; key: string }

export async function cafeSignIn(call: (serverUrl: string) => TeamCall, input: CafeSignInInput, device: string): Promise<CafeCredentials> {
  const serverUrl = teamServerUrl(input.serverUrl)
  const api = call(serverUrl)
  const session = await signInToTeam(api, { kind: 'account', login: input.login, password: input.password }, device)
  let answer: Awaited<ReturnType<TeamCall>>
  try {
    answer = await api('/api/cafe/key', {}, session.token)
  } catch {
    throw refusal('not-found', 'server-unreachable', 'The team server cannot be reached. Check the address and the network, then try again.')
  }
  const key = cafeKeyResponseSchema.safeParse(answer.body)
  if (answer.status === 404) throw refusal('not-found', 'cafe-unsupported', 'This team server is too old for café mode (网吧模式). Ask your lead to update it.')
  if (answer.status === 401 || answer.status === 403) throw refusal('forbidden', 'account-disabled', answer.body.error?.message ?? 'This account is no longer active.')
  if (answer.status !== 200 || !key.success) throw refusal('not-found', 'not-a-team-server', 'That address answers, but not as a ShiftDesk team server. Check the address with your lead.')
  return { serverUrl, login: input.login, session, key: databaseKeyFromBytes(Buffer.from(key.data.key, 'hex')) }
}
