// Native message boxes for failures that happen before any window can show them.
import { dialog } from 'electron'

export function showStartupError(title: string, body: string): void {
  dialog.showErrorBox(title, body)
}
