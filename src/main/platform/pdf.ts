// Prints a report's HTML to PDF with Chromium: a hidden, script-less window loads the page
// from a temporary file (data: URLs are size-limited) and printToPDF renders it.
import { app, BrowserWindow } from 'electron'
import { randomUUID } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PdfPort } from '../ports'
import { SECURE_WEB_PREFERENCES } from '../window'

export const electronPdf: PdfPort = {
  async render(html) {
    const file = join(app.getPath('temp'), `shiftdesk-report-${randomUUID()}.html`)
    await writeFile(file, html, 'utf8')
    const win = new BrowserWindow({ show: false, webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false } })
    try {
      await win.loadFile(file)
      return await win.webContents.printToPDF({ pageSize: 'A4', landscape: true, printBackground: true })
    } finally {
      win.destroy()
      await rm(file, { force: true })
    }
  },
}
