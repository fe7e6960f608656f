import type { EventHub } from '../../services/events'
import type { LockSettingsService } from '../../services/lock-settings'
import type { OrderRemarkService } from '../../services/order-remark'
import type { PinLock } from '../../services/pin-lock'
import { refuseWeak } from '../../services/at-rest/keyring'
import type { PrivateVault } from '../../services/at-rest/private-vault'
import type { ProfileService } from '../../services/profiles'
import type { Session } from '../../services/session'
import type { PreferencesPort } from '../../settings'
import { hashPin } from '../../services/pin-hash'
import type { HandlerMap } from '../types'

type ProfileHandlers = Pick<
  HandlerMap,
  | 'profiles:list'
  | 'profiles:create'
  | 'profiles:update'
  | 'profiles:setPin'
  | 'profiles:setPassphrase'
  | 'profiles:lockSettings'
  | 'profiles:updateLockSettings'
  | 'profiles:transferPcOwner'
  | 'profiles:copyOrderRemark'
  | 'session:current'
  | 'session:state'
  | 'session:switch'
  | 'session:lock'
>

/** Only the services these channels call. */
export type ProfileHandlerDeps = { profiles: ProfileService; session: Session; prefs: PreferencesPort; events: EventHub; pins: PinLock; lockSettings: LockSettingsService; orderRemarks: OrderRemarkService; vault: PrivateVault }

export function profileHandlers(s: ProfileHandlerDeps): ProfileHandlers {
  return {
    'profiles:list': () => s.profiles.list(),
    'profiles:create': async ({ pin, ...fields }) => s.profiles.create(fields, pin === undefined ? null : await hashPin(pin)),
    // Only ever the signed-in profile: the renderer names no id, so it cannot edit someone else's.
    'profiles:update': (patch) => {
      const profile = s.profiles.update(s.session.requireProfileId(), patch)
      if (patch.language !== undefined) s.prefs.update({ language: profile.language })
      s.events.emit('session:changed', profile)
      return profile
    },
    'profiles:setPin': async ({ currentPin, pin }) => {
      const id = s.session.requireProfileId()
      await s.pins.change(id, currentPin, pin)
      return s.profiles.get(id)
    },
    'profiles:setPassphrase': async ({ passphrase, currentPassphrase }) => {
      const id = s.session.requireProfileId()
      // A weak new one is refused before anything is checked or counted.
      refuseWeak(passphrase)
      // A change proves the current passphrase, counted against her lockout like a sign-in.
      if (s.vault.state(id) !== 'none') await s.pins.verifyPassphrase(id, currentPassphrase, (given) => s.vault.opensWith(id, given))
      await s.vault.setPassphrase(id, passphrase)
      const profile = s.profiles.get(id)
      s.events.emit('session:changed', profile)
      return profile
    },
    'profiles:lockSettings': () => s.lockSettings.get(),
    'profiles:updateLockSettings': (patch) => s.lockSettings.update(patch),
    'profiles:transferPcOwner': ({ profileId }) => s.lockSettings.transferOwner(profileId),
    'profiles:copyOrderRemark': (request) => s.orderRemarks.copy(request),
    'session:current': () => s.session.current(),
    'session:state': () => s.session.state(),
    'session:switch': ({ profileId, pin, passphrase }) => s.session.signIn(profileId, pin, passphrase),
    'session:lock': () => s.session.lock('manual'),
  }
}
