// Locks down every web contents the app creates: no navigation away from our renderer, no new
// windows, no webviews, no permission grants (camera, notifications via web API, geolocation…).
import { app, BrowserWindow, session, type WebContents } from 'electron'
import { openExternalAfterAsking } from './platform/external'

export function hardenWebContents(contents: WebContents, isOwnUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // A page's link opens in the system browser when it is an https page and the agent agrees; never in-app.
    void openExternalAfterAsking(url, BrowserWindow.fromWebContents(contents))
    return { action: 'deny' }
  })
}

export function hardenApp(isOwnUrl: (url: string) => boolean): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isOwnUrl))
}
