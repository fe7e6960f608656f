// Who may call a channel, checked centrally before any handler runs, so that a locked screen or a
// missing sign-in cannot be bypassed by a renderer that calls channels directly.
//
//   'public'   served always, even locked: app info, preferences, the profile list and what the
//              PIN screen needs to unlock.
//   'setup'    served with nobody signed in (first start) or when unlocked; refused while locked.
//   'unlocked' a signed-in profile whose screen is not locked. THE DEFAULT: a channel not listed
//              below is 'unlocked', so a new channel is safe unless it is deliberately opened here.
//   'pc-owner' 'unlocked', and the profile holds the PC's owner role: what holds for every agent at
//              this PC (the shared-PC lock, presence limits and hooks, the reply checker's phrases and
//              links, pay rates and tally keys, the shift schedule, backup retention, restores, the
//              at-rest recovery code and start-up passphrase).
//   'lead'     'unlocked', and the profile holds the lead (组长) role the PC's owner gave it: the
//              lead view of every profile's figures.
//
// Privacy between profiles is a different check: a service scopes private data by
// `session.requireProfileId()` and answers `forbidden` for another profile's ids.
import type { PolicyErrorReason } from '../../shared/ipc/envelope'
import { DeskError, type Channel } from '../../shared/contract'
import type { HandlerMap } from './types'

export type ChannelPolicy = 'public' | 'setup' | 'unlocked' | 'pc-owner' | 'lead'

/** Only the exceptions to 'unlocked'. Keys are checked against the contract, so a typo does not compile. */
export const CHANNEL_POLICIES: { readonly [C in Channel]?: Exclude<ChannelPolicy, 'unlocked'> } = {
  'app:info': 'public',
  'app:notices': 'public',
  'app:dismissNotice': 'public',
  'prefs:get': 'public',
  'prefs:update': 'public',
  'profiles:list': 'public',
  'session:current': 'public',
  'session:state': 'public',
  'session:switch': 'public',
  'session:lock': 'public',
  'profiles:create': 'setup',
  'profiles:updateLockSettings': 'pc-owner',
  'profiles:transferPcOwner': 'pc-owner',
  'presence:updateSettings': 'pc-owner',
  'replies:updateSettings': 'pc-owner',
  'stats:updateSettings': 'pc-owner',
  'shifts:saveSchedule': 'pc-owner',
  'backups:setRetention': 'pc-owner',
  'backups:chooseFile': 'pc-owner',
  'backups:restore': 'pc-owner',
  'atRest:createRecoveryCode': 'pc-owner',
  'lead:setRole': 'pc-owner',
  'lead:view': 'lead',
  'lead:export': 'lead',
  'lead:reportCharts': 'lead',
  'atRest:setPassphrase': 'pc-owner',
  'atRest:startupState': 'public',
  'atRest:unlock': 'public',
  // 网吧模式: the start-up gate answers these in a café session (main/startup-gate.ts); the normal app
  // answers status only. Entering café mode opens nothing of this PC's data.
  'cafe:signIn': 'public',
  'cafe:status': 'public',
  'cafe:enter': 'public',
  'cafe:chooseImport': 'public',
}

export function channelPolicy(channel: Channel): ChannelPolicy {
  return CHANNEL_POLICIES[channel] ?? 'unlocked'
}

export type SessionGate = { isLocked(): boolean; current(): { id: string } | null; isPcOwner(): boolean; isLead(): boolean }

/** Why `channel` may not be served now, or null when it may. */
export function policyRefusal(channel: Channel, session: SessionGate): DeskError | null {
  const policy = channelPolicy(channel)
  if (policy === 'public') return null
  if (session.isLocked()) return new DeskError('locked', 'ShiftDesk is locked; unlock it with your PIN first.', { reason: 'session-locked' satisfies PolicyErrorReason })
  if (policy === 'setup') return null
  if (session.current() === null) return new DeskError('no-profile', 'No profile is signed in.')
  if (policy === 'pc-owner' && !session.isPcOwner()) {
    return new DeskError('forbidden', "Only this PC's owner can change this.", { reason: 'pc-owner-only' satisfies PolicyErrorReason })
  }
  if (policy === 'lead' && !session.isLead()) {
    return new DeskError('forbidden', 'Only a lead (组长) can open the lead view; the PC owner gives the role in Settings.', { reason: 'lead-only' satisfies PolicyErrorReason })
  }
  return null
}

const gates = new WeakMap<HandlerMap, SessionGate>()

/**
 * The handler map every transport (Electron IPC, the e2e server) serves. dispatch() checks the
 * policy before it even parses the input (a locked screen answers `locked` to anything); each
 * handler checks again, so calling a handler directly does not skip it either.
 */
export function withChannelPolicies(handlers: HandlerMap, session: SessionGate): HandlerMap {
  const guarded: Record<string, (input: never) => unknown> = {}
  for (const [channel, handler] of Object.entries(handlers) as [Channel, (input: never) => unknown][]) {
    guarded[channel] = (input) => {
      const refusal = policyRefusal(channel, session)
      if (refusal) throw refusal
      return handler(input)
    }
  }
  const map = guarded as HandlerMap
  gates.set(map, session)
  return map
}

/** The refusal for a call through a map built by withChannelPolicies (null for a bare map, as in tests of single handlers). */
export function refusalFor(handlers: HandlerMap, channel: Channel): DeskError | null {
  const session = gates.get(handlers)
  return session ? policyRefusal(channel, session) : null
}
