// Which backup file to restore: the system's open dialog, starting in the Documents folder
// (where a lead's USB copy or a downloaded backup usually lands).
import { app, BrowserWindow, dialog } from 'electron'
import type { OpenDialogPort } from '../ports'

export const electronOpenDialog: OpenDialogPort = {
  async chooseOpenPath({ filters }) {
    const options = { defaultPath: app.getPath('documents'), filters, properties: ['openFile' as const] }
    const owner = BrowserWindow.getFocusedWindow()
    const answer = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options)
    return answer.canceled ? null : (answer.filePaths[0] ?? null)
  },
}
