// Issue 15: every typed start-up reason has its own dialog in both languages (the Record in
// startup-messages.ts makes a missing one a compile error; this proves each says something of its own).
import { describe, expect, it } from 'vitest'
import { STARTUP_ERROR_REASONS, type DeskErrorBody } from '../../../src/shared/ipc/errors'
import { startupErrorText } from '../../../src/main/startup-messages'

const refusal = (reason: string): DeskErrorBody => ({ code: 'storage-failed', message: 'main says', params: { reason, file: 'D:\\数据\\shiftdesk.db', dir: 'D:\\数据', version: 9999, latest: 250 } })

describe.each(['zh-CN', 'en'] as const)('start-up dialogs in %s', (lang) => {
  const fallback = startupErrorText(refusal('something-else'), lang)

  it.each(STARTUP_ERROR_REASONS)('names %s in its own words and says where', (reason) => {
    const text = startupErrorText(refusal(reason), lang)
    expect(text.title).not.toBe(fallback.title)
    expect(text.body).toMatch(/shiftdesk\.db|D:\\数据|keyring|recovery-code/)
  })

  it('falls back to a plain sentence with main’s message for an unknown reason', () => {
    expect(fallback.body).toContain('main says')
  })
})
