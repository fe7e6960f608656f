import { describe, expect, it } from 'vitest'
import { bindQuickSearchHotkey, type ShortcutRegistry } from '../../../../src/main/services/replies/quick-search-hotkey'
import { useTempDir } from '../../../helpers/temp-dir'
import { call, openReplies, refusal, signIn } from './helpers'

const tempDir = useTempDir()

/** Records registrations like globalShortcut; `taken` accelerators belong to another program. */
function registry(taken: string[] = []): ShortcutRegistry & { held: Map<string, () => void> } {
  const held = new Map<string, () => void>()
  return {
    held,
    register(accelerator, callback) {
      if (taken.includes(accelerator)) return false
      held.set(accelerator, callback)
      return true
    },
    unregister(accelerator) {
      held.delete(accelerator)
    },
  }
}

describe('the quick-search hotkey', () => {
  it('registers Ctrl+Shift+Space by default and opens the quick-search window when pressed', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const keys = registry()
    let opened = 0
    bindQuickSearchHotkey(ctx.services.quickReplies, keys, () => opened++)
    expect([...keys.held.keys()]).toEqual(['CommandOrControl+Shift+Space'])
    keys.held.get('CommandOrControl+Shift+Space')!()
    expect(opened).toBe(1)
    expect((await call(ctx, 'replies:settings', {})).hotkey).toEqual({ available: true, registered: true })
    ctx.close()
  })

  it('moves to the keys the agent picks, says when another program holds them, and releases them on quit', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const keys = registry(['Alt+Space'])
    const unbind = bindQuickSearchHotkey(ctx.services.quickReplies, keys, () => undefined)
    const changed = await call(ctx, 'replies:updateSettings', { hotkey: 'ctrl+alt+k' })
    expect(changed.settings.hotkey).toBe('Control+Alt+K')
    expect([...keys.held.keys()]).toEqual(['Control+Alt+K'])
    expect((await call(ctx, 'replies:updateSettings', { hotkey: 'Alt+Space' })).hotkey).toEqual({ available: true, registered: false })
    expect([...keys.held.keys()]).toEqual([])
    await call(ctx, 'replies:updateSettings', { hotkey: 'F9' })
    unbind()
    expect([...keys.held.keys()]).toEqual([])
    ctx.close()
  })

  it('refuses a hotkey that would swallow ordinary typing', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    expect(await refusal(ctx, 'replies:updateSettings', { hotkey: 'Shift+A' })).toMatchObject({ code: 'invalid-input' })
    expect((await call(ctx, 'replies:settings', {})).settings.hotkey).toBe('CommandOrControl+Shift+Space')
    ctx.close()
  })

  it('opens the quick-search window from the in-app button only where the desktop has one', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    expect(await call(ctx, 'replies:quickSearch', { action: 'open' })).toEqual({ available: false })
    const calls: string[] = []
    ctx.services.quickReplies.setQuickSearchWindow({ open: () => calls.push('open'), hide: () => calls.push('hide') })
    expect(await call(ctx, 'replies:quickSearch', { action: 'open' })).toEqual({ available: true })
    await call(ctx, 'replies:quickSearch', { action: 'hide' })
    expect(calls).toEqual(['open', 'hide'])
    ctx.close()
  })
})
