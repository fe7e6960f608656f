// Events between services inside main: typed, and separate from what the renderer is told
// (events.ts is the renderer's projection and nothing in main listens to it). The chain they
// form is written down here because it is easy to loop:
//   Session locks        → 'session.locked'     → PresenceService goes offline ('lock'), LockHygiene tidies
//   another agent enters → 'session.switched'   → PresenceService follows the profile, LockHygiene tidies
//   PresenceService takes the agent offline on its own (idle, screen lock, sleep)
//                        → 'presence.agentLeft' → AutoLock locks a shared PC (Session.lock)
// Session.lock on a locked session changes nothing and emits nothing, which ends the chain.
import type { LockReason, Profile } from '../../shared/contract'
import type { AutoOfflineChange } from '../../shared/domain'

export type ServiceEventMap = {
  'session.locked': { reason: LockReason }
  /** A different profile signed in (edits of the signed-in profile are not a switch). */
  'session.switched': { profile: Profile }
  /** Presence took the agent offline because they left the PC (never for a manual or quit change). */
  'presence.agentLeft': { change: AutoOfflineChange }
}

export type ServiceEventName = keyof ServiceEventMap
type Listener<E extends ServiceEventName> = (payload: ServiceEventMap[E]) => void

export class ServiceEvents {
  private readonly listeners = new Map<ServiceEventName, Set<Listener<never>>>()

  /** Listeners run in the order they subscribed, synchronously, inside the emitter's call. */
  on<E extends ServiceEventName>(name: E, listener: Listener<E>): () => void {
    const set = this.listeners.get(name) ?? new Set()
    this.listeners.set(name, set)
    set.add(listener as Listener<never>)
    return () => set.delete(listener as Listener<never>)
  }

  emit<E extends ServiceEventName>(name: E, payload: ServiceEventMap[E]): void {
    for (const listener of this.listeners.get(name) ?? []) (listener as Listener<E>)(payload)
  }
}
