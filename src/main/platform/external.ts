// The one function that opens a link outside the app (carrier sites, help pages), and the
// confirmation a page's own link (window.open) needs first: a link inside a shared reply or an
// imported guide could otherwise send the agent to any site without a click on "open".
import { app, dialog, shell, type BaseWindow } from 'electron'
import { isSafeExternalUrl } from '../external-url'

export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  await shell.openExternal(url)
  return true
}

/** Asks the agent before opening `url` in the browser; false when refused or cancelled. */
export async function openExternalAfterAsking(url: string, owner: BaseWindow | null): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  const zh = app.getLocale().startsWith('zh')
  const options = {
    type: 'question' as const,
    buttons: zh ? ['在浏览器中打开', '取消'] : ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: zh ? '要在浏览器中打开这个网址吗？' : 'Open this address in your browser?',
    detail: url.slice(0, 500),
  }
  const answer = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options)
  if (answer.response !== 0) return false
  return openExternalSafely(url)
}
