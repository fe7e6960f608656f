// Things the agent must be told that happened outside any click: a settings file that was
// unreadable, a database restored from backup. Kept until the agent dismisses them.
import type { Notice } from '../../shared/contract'
import type { Clock, IdSource } from './clock'
import type { EventHub } from './events'

export class NoticeBoard {
  private readonly notices: Notice[] = []

  constructor(
    private readonly clock: Clock,
    private readonly newId: IdSource,
    private readonly events: EventHub,
  ) {}

  post(level: Notice['level'], code: string, params: Notice['params'] = {}): Notice {
    const notice: Notice = { id: this.newId(), level, code, params, at: this.clock.now() }
    this.notices.push(notice)
    this.events.emit('notice', notice)
    return notice
  }

  list(): Notice[] {
    return [...this.notices]
  }

  dismiss(id: string): void {
    const i = this.notices.findIndex((n) => n.id === id)
    if (i >= 0) this.notices.splice(i, 1)
  }
}
