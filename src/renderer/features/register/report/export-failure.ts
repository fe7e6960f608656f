// A failed export in the lead's words: which folder would not take the file; anything else as
// any other failure.
import type { TFunction } from 'i18next'
import { REPORT_ERROR_REASONS, type ReportErrorReason } from '../../../../shared/ipc/report'
import type { DeskCallError } from '../../../lib/desk'
import { errorMessage } from '../../../lib/errors'
import { refusalOf } from '../../../lib/refusal'

const EXPORT_FAILURES: Record<ReportErrorReason, (t: TFunction, error: DeskCallError) => string> = {
  'export-folder': (t, error) => t('register.report.folderFailed', { folder: error.params.folder }),
}

export function exportFailure(error: unknown, t: TFunction): string {
  const refusal = refusalOf(error, REPORT_ERROR_REASONS)
  return refusal ? EXPORT_FAILURES[refusal.reason](t, refusal.error) : errorMessage(error, t)
}
