// Main reports a long import in slices (replies:importProgress); this turns the latest report
// into one line of text while the agent waits.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportProgress } from '../../../shared/ipc/replies'
import { onEvent } from '../../lib/desk'

export function useImportProgress(active: boolean): string | null {
  const { t } = useTranslation()
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  useEffect(() => {
    if (!active) return
    const off = onEvent('replies:importProgress', setProgress)
    return () => {
      off()
      setProgress(null)
    }
  }, [active])
  if (!active) return null
  return progress ? t(`replies.import.progress_${progress.stage}`, { done: progress.done, total: progress.total }) : t('replies.import.progress_read')
}
