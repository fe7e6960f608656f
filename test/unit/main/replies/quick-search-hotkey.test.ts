import { describe, expect, it } from 'vitest'
import { wireTestHotkeys } from '../../../helpers/hotkeys'
import { useTempDir } from '../../../helpers/temp-dir'
import { call, openReplies, refusal, signIn } from './helpers'

const tempDir = useTempDir()

describe('the quick-search hotkey', () => {
  it('registers Ctrl+Shift+Space by default and opens the quick-search window when pressed', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const { keys, windows, registry } = wireTestHotkeys(ctx.services)
    expect(registry.status('replies.quickSearch')).toEqual({ id: 'replies.quickSearch', accelerator: 'CommandOrControl+Shift+Space', state: 'registered', collidesWith: null })
    keys.press('CommandOrControl+Shift+Space')
    expect(windows).toEqual(['quick-search'])
    expect((await call(ctx, 'replies:settings', {})).hotkey).toEqual({ available: true, registered: true })
    ctx.close()
  })

  it('moves to the keys the agent picks, says when another program holds them, and releases them on quit', async () => {
    const { ctx } = openReplies(tempDir())
    signIn(ctx, '小美')
    const { keys, release } = wireTestHotkeys(ctx.services, ['Alt+Space'])
    const changed = await call(ctx, 'replies:updateSettings', { hotkey: 'ctrl+alt+k' })
    expect(changed.settings.hotkey).toBe('Control+Alt+K')
    expect(keys.held.has('Control+Alt+K')).toBe(true)
    expect(keys.held.has('CommandOrControl+Shift+Space')).toBe(false)
    expect((await call(ctx, 'replies:updateSettings', { hotkey: 'Alt+Space' })).hotkey).toEqual({ available: true, registered: false })
    expect(keys.held.has('Control+Alt+K')).toBe(false)
    await call(ctx, 'replies:updateSettings', { hotkey: 'F9' })
    expect(keys.held.has('F9')).toBe(true)
    release()
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
