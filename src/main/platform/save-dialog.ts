// Where an export is saved: the system's save dialog, starting in the Documents folder.
import { app, BrowserWindow, dialog } from 'electron'
import { join } from 'node:path'
import type { SaveDialogPort } from '../ports'

export const electronSaveDialog: SaveDialogPort = {
  async chooseSavePath({ defaultName, filters }) {
    const options = { defaultPath: join(app.getPath('documents'), defaultName), filters }
    const owner = BrowserWindow.getFocusedWindow()
    const answer = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options)
    return answer.canceled || !answer.filePath ? null : answer.filePath
  },
}
