// The one function that opens a link outside the app (carrier sites, help pages).
import { shell } from 'electron'
import { isSafeExternalUrl } from '../external-url'

export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  await shell.openExternal(url)
  return true
}
