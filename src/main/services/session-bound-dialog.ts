// A save dialog can stay open while the PC locks or another agent signs in. Whatever the export
// wrote afterwards would be the locked agent's data in front of the next person, or the new
// agent's data under the old agent's file name, so an answer from an interrupted dialog is refused.
import type { PolicyErrorReason } from '../../shared/ipc/envelope'
import { DeskError } from '../../shared/contract'
import type { SaveDialogPort } from '../ports'

export type SessionTurns = { sessionTurn(): number; isLocked(): boolean }

export function sessionBoundSaveDialog<D extends SaveDialogPort>(dialog: D, session: SessionTurns): D {
  return {
    ...dialog,
    async chooseSavePath(request) {
      const turn = session.sessionTurn()
      const path = await dialog.chooseSavePath(request)
      if (path !== null && (session.isLocked() || session.sessionTurn() !== turn)) {
        throw new DeskError('locked', 'ShiftDesk was locked or another profile signed in while the save dialog was open; nothing was saved. Sign in and export again.', {
          reason: 'session-changed' satisfies PolicyErrorReason,
        })
      }
      return path
    },
  }
}
