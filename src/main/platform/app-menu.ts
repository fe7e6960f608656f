// ShiftDesk's own application menu. Electron's default menu carries Toggle Developer Tools
// (Ctrl+Shift+I) and Reload; on a shared PC a console with `window.desk` in it must not be one
// key press away, even on the lock screen. Packaged builds get editing and window items only.
import { Menu, type MenuItemConstructorOptions } from 'electron'

export function appMenuTemplate(options: { platform: string; packaged: boolean }): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = []
  if (options.platform === 'darwin') template.push({ role: 'appMenu' })
  // The edit roles keep copy and paste shortcuts working in text fields (macOS needs the menu for them).
  template.push({ role: 'editMenu' })
  if (!options.packaged) {
    template.push({ label: 'Develop', submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] })
  }
  template.push({ role: 'windowMenu' })
  return template
}

export function installAppMenu(packaged: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ platform: process.platform, packaged })))
}
