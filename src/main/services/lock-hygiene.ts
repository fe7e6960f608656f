// What a lock or a change of agent must not leave lying around for the next person at the PC:
// recent saves sitting in the write-ahead log beside the database (checkpointed into the file
// and the log truncated), and a customer's details still on the clipboard from the last copy.
import type { Db } from '../db/connection'
import type { ClipboardPort } from '../ports'
import type { ServiceEvents } from './service-events'

export class LockHygiene {
  private lastCopied: string | null = null
  constructor(
    private readonly db: Db,
    private readonly clipboard: ClipboardPort,
    serviceEvents: ServiceEvents,
  ) {
    const leaving = () => {
      // What was copied before this moment; a copy made after it belongs to whoever is signed in now.
      const copied = this.lastCopied
      this.lastCopied = null
      // After the other listeners: presence and others log the change first, and that goes into the checkpoint too.
      queueMicrotask(() => void this.tidy(copied))
    }
    serviceEvents.on('session.locked', leaving)
    serviceEvents.on('session.switched', leaving)
  }

  /** The clipboard services copy through: it remembers the last text ShiftDesk put there. */
  trackingClipboard(): ClipboardPort {
    return {
      writeText: (text) => {
        this.clipboard.writeText(text)
        this.lastCopied = text
      },
      readText: () => this.clipboard.readText(),
    }
  }

  /** Runs at lock and switch; each step is best effort, a failure must not keep the screen unlocked. */
  async tidy(copied: string | null): Promise<void> {
    try {
      if (this.db.open) this.db.pragma('wal_checkpoint(TRUNCATE)')
    } catch {
      // A busy or full disk: the next checkpoint (or the next lock) catches up.
    }
    if (copied === null) return
    try {
      // Something the agent copied from elsewhere since is theirs: left alone.
      if ((await this.clipboard.readText()) === copied) this.clipboard.writeText('')
    } catch {
      // No clipboard on this desktop session.
    }
  }
}
