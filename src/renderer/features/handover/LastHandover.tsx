// What the previous shift wrote for everyone: its notes and the cash and goods it counted.
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HandoverRecord } from '../../../shared/contract'
import { formatYuan } from '../../../shared/domain/handover'
import { shiftName } from '../shifts/shift-name'
import { useShifts } from '../shifts/shift-store'
import { formatWhen } from '../../lib/time'

export function LastHandover({ record }: { record: HandoverRecord | null }) {
  const { t } = useTranslation()
  const shifts = useShifts((s) => s.shifts)
  if (!record || record.submittedAt === null) return null
  const counts = [
    record.cashCents !== null && t('handover.log.cash', { amount: formatYuan(record.cashCents) }),
    record.itemCount !== null && t('handover.log.goods', { n: record.itemCount }),
  ].filter(Boolean)
  const notes = [record.notes, counts.join(' · ')].filter(Boolean).join('\n')
  return (
    <Alert
      type="info"
      showIcon
      data-testid="last-handover"
      title={t('handover.last.title', {
        name: record.authorName,
        shift: record.shiftId ? shiftName(record.shiftId, shifts, t) : '',
        when: formatWhen(record.submittedAt),
      })}
      description={notes ? <div style={{ whiteSpace: 'pre-wrap' }}>{notes}</div> : t('handover.last.noNotes')}
    />
  )
}
