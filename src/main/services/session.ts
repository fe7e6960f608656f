// Which profile is signed in. Main keeps this, never the renderer: every handler reads the
// profile from here, so a renderer cannot ask for another agent's data by sending an id.
import { DeskError, type Profile } from '../../shared/contract'
import type { EventHub } from './events'
import type { ProfileService } from './profiles'
import type { PreferencesPort } from '../settings'

export class Session {
  private currentId: string | null

  constructor(
    private readonly profiles: ProfileService,
    private readonly prefs: PreferencesPort,
    private readonly events: EventHub,
  ) {
    const last = prefs.get().lastProfileId
    this.currentId = last && profiles.exists(last) ? last : null
  }

  current(): Profile | null {
    return this.currentId ? this.profiles.get(this.currentId) : null
  }

  /** The signed-in profile's id; services that hold private data call this. */
  requireProfileId(): string {
    if (!this.currentId) throw new DeskError('no-profile', 'No profile is signed in.')
    return this.currentId
  }

  switchTo(profileId: string): Profile {
    const profile = this.profiles.get(profileId)
    this.currentId = profile.id
    this.prefs.update({ lastProfileId: profile.id })
    this.events.emit('session:changed', profile)
    return profile
  }
}
