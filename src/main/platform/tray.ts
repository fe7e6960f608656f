// The tray icon: its picture and tooltip show the presence state, its menu changes it.
// Everything it shows comes from tray-menu.ts; this file only speaks Electron.
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron'
import { join } from 'node:path'
import type { TrayChoice, TrayView } from './presence-wiring'
import type { TrayItem } from './tray-menu'

export function createPresenceTray(iconDir: string, onChoose: (choice: TrayChoice) => void): TrayView {
  const icon = (status: string) => nativeImage.createFromPath(join(iconDir, `${status}.png`))
  const tray = new Tray(icon('offline'))
  tray.on('click', () => onChoose({ action: 'show' }))
  const toMenuItem = (item: TrayItem): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'status':
        return { type: 'radio', label: item.label, checked: item.checked, click: () => onChoose({ status: item.status }) }
      case 'info':
        return { label: item.label, enabled: false }
      case 'action':
        return { label: item.label, click: () => onChoose({ action: item.action }) }
      case 'separator':
        return { type: 'separator' }
    }
  }
  return {
    update(model) {
      tray.setImage(icon(model.icon))
      tray.setToolTip(model.tooltip)
      tray.setContextMenu(Menu.buildFromTemplate(model.items.map(toMenuItem)))
    },
    destroy: () => tray.destroy(),
  }
}
