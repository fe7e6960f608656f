// Restarting ShiftDesk after the agent confirmed a restore. quit() (not exit()) so that
// 'will-quit' closes the database cleanly before the new process swaps the staged file in;
// the short delay lets the renderer receive its answer and say that a restart is coming.
import { app } from 'electron'
import type { LifecyclePort } from '../ports'

export const electronLifecycle: LifecyclePort = {
  restart() {
    setTimeout(() => {
      app.relaunch()
      app.quit()
    }, 500)
  },
}
