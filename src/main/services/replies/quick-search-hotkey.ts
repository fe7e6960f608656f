// Keeps the global quick-search hotkey registered as the reply settings say. The registry is
// Electron's globalShortcut in the app (platform/replies-hotkey.ts) and a recording double in
// tests. Another program may already hold the keys: the state says so, and the replies screen
// tells the agent to pick others (the in-app button always works).
import type { ReplySettings } from '../../../shared/ipc/replies'
import type { QuickReplyService } from './quick-replies'

export type ShortcutRegistry = {
  /** False (or a throw) when another program holds the accelerator or the platform refuses it. */
  register(accelerator: string, callback: () => void): boolean
  unregister(accelerator: string): void
}

export function bindQuickSearchHotkey(replies: QuickReplyService, registry: ShortcutRegistry, onPress: () => void): () => void {
  let held: string | null = null
  const apply = ({ hotkey }: ReplySettings) => {
    if (held === hotkey) return
    if (held !== null) registry.unregister(held)
    held = null
    if (hotkey !== '' && tryRegister(registry, hotkey, onPress)) held = hotkey
    replies.setHotkeyState({ available: true, registered: held !== null })
  }
  apply(replies.settings.get())
  const unsubscribe = replies.settings.subscribe(apply)
  return () => {
    unsubscribe()
    if (held !== null) registry.unregister(held)
    held = null
  }
}

function tryRegister(registry: ShortcutRegistry, accelerator: string, callback: () => void): boolean {
  try {
    return registry.register(accelerator, callback)
  } catch {
    return false
  }
}
