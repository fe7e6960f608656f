// Issue 15, finding 6: every typed error reason of a channel has its own sentence in both
// languages (the Record maps make a missing one a compile error; this proves the sentences exist).
import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { POLICY_ERROR_REASONS, STORAGE_FAILURE_REASONS, type DeskErrorBody, type ErrorCode } from '../../src/shared/contract'
import { AT_REST_ERROR_REASONS } from '../../src/shared/ipc/at-rest'
import { RESTORE_REFUSAL_REASONS } from '../../src/shared/ipc/backups'
import { HANDOVER_ERROR_REASONS } from '../../src/shared/ipc/handover'
import { PRESENCE_ERROR_REASONS, PRESENCE_SETTINGS_ERROR_REASONS } from '../../src/shared/ipc/presence'
import { ORDER_REMARK_ERROR_REASONS, PIN_ERROR_REASONS } from '../../src/shared/ipc/profiles'
import { ENTRY_FIELD_ERROR_REASONS } from '../../src/shared/ipc/register'
import { REPLY_ERROR_REASONS } from '../../src/shared/ipc/replies'
import { REPORT_ERROR_REASONS } from '../../src/shared/ipc/report'
import { LOST_REASON_REFUSALS } from '../../src/shared/ipc/stats'
import { TREE_ERROR_REASONS } from '../../src/shared/ipc/trees'
import { restoreErrorMessage } from '../../src/renderer/features/backups/restore-errors'
import { handoverErrorMessage } from '../../src/renderer/features/handover/handover-errors'
import { presenceErrorMessage } from '../../src/renderer/features/presence/presence-errors'
import { presenceSettingsErrorMessage } from '../../src/renderer/features/presence/presence-settings-errors'
import { orderRemarkErrorMessage } from '../../src/renderer/features/profiles/order-remark-errors'
import { describePinFailure } from '../../src/renderer/features/profiles/pin-failure'
import { describePassphraseFailure } from '../../src/renderer/features/startup/passphrase-failure'
import { exportFailure } from '../../src/renderer/features/register/report/export-failure'
import { replyErrorMessage } from '../../src/renderer/features/replies/reply-errors'
import { lostReasonErrorMessage } from '../../src/renderer/features/stats/lost-reason-errors'
import { treeErrorMessage } from '../../src/renderer/features/trees/tree-errors'
import { DeskCallError } from '../../src/renderer/lib/desk'
import { errorMessage } from '../../src/renderer/lib/errors'
import { initI18n } from '../../src/renderer/i18n'

const PARAMS = { version: 4, fields: '订单号', name: '小美', urgent: 2, attemptsLeft: 3, seconds: 60, shortcut: 'th', max: 10, length: 12, maxMb: 5, kind: 'forbidden', match: '微信', missing: '订单号', count: 2, folder: 'D:\\报表', code: 'EACCES' }

const call = (code: ErrorCode, reason: string) => new DeskCallError({ code, message: 'main says', params: { ...PARAMS, reason } } satisfies DeskErrorBody)

type Mapper = (error: unknown, t: TFunction) => string
const AREAS: [string, readonly string[], ErrorCode, Mapper][] = [
  ['handover', HANDOVER_ERROR_REASONS, 'conflict', handoverErrorMessage],
  ['presence', PRESENCE_ERROR_REASONS, 'forbidden', presenceErrorMessage],
  ['presence settings', PRESENCE_SETTINGS_ERROR_REASONS, 'invalid-input', presenceSettingsErrorMessage],
  ['PIN', PIN_ERROR_REASONS, 'forbidden', (e, t) => describePinFailure(e, t).message],
  ['at-rest', AT_REST_ERROR_REASONS, 'conflict', (e, t) => describePassphraseFailure(e, t).message],
  ['order remark', ORDER_REMARK_ERROR_REASONS, 'invalid-input', orderRemarkErrorMessage],
  ['trees', TREE_ERROR_REASONS, 'conflict', treeErrorMessage],
  ['replies', REPLY_ERROR_REASONS, 'invalid-input', replyErrorMessage],
  ['restore', RESTORE_REFUSAL_REASONS, 'invalid-input', restoreErrorMessage],
  ['report export', REPORT_ERROR_REASONS, 'storage-failed', exportFailure],
  ['lost-deal reason', LOST_REASON_REFUSALS, 'invalid-input', lostReasonErrorMessage],
  ['storage', STORAGE_FAILURE_REASONS, 'storage-failed', errorMessage],
  ['policy', POLICY_ERROR_REASONS, 'forbidden', errorMessage],
]

describe.each(['zh-CN', 'en'] as const)('typed error reasons in %s', (language) => {
  it.each(AREAS)('gives each %s reason its own sentence, not the code’s', (_area, reasons, code, map) => {
    const t = initI18n(language).t
    const generic = errorMessage(new DeskCallError({ code, message: 'main says', params: PARAMS }), t)
    const sentences = reasons.map((reason) => map(call(code, reason), t))
    for (const sentence of sentences) {
      expect(sentence).not.toBe(generic)
      expect(sentence).not.toMatch(/^[\w.-]+$/)
      expect(sentence).not.toContain('main says')
    }
  })

  it('puts each entry field reason next to its field in its own words', async () => {
    const { showServerError } = await import('../../src/renderer/features/register/form-guards')
    const t = initI18n(language).t
    const fields: string[][] = []
    const form = { setFields: (f: { errors: string[] }[]) => fields.push(f.flatMap((x) => x.errors)) }
    for (const reason of ENTRY_FIELD_ERROR_REASONS) {
      const error = new DeskCallError({ code: 'invalid-input', message: 'main says', params: { reason, fields: 'purchaseDate' } })
      expect(showServerError(error, form as never, t, () => 'purchase date')).toBeNull()
    }
    expect(new Set(fields.flat()).size).toBe(ENTRY_FIELD_ERROR_REASONS.length)
  })

  it('tells a taken shortcut from a malformed one', () => {
    const t = initI18n(language).t
    expect(replyErrorMessage(call('conflict', 'shortcut'), t)).not.toBe(replyErrorMessage(call('invalid-input', 'shortcut'), t))
  })
})
