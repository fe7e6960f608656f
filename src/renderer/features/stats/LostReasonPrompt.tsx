// One line under the tally keys after a customer who did not buy: the R key (or a click) opens
// the reason picker. It never stands in the way of the next tally.
import { Button, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Tally } from '../../../shared/ipc/stats'
import { lostReasonLabel } from './lost-reason-label'

export function LostReasonPrompt({ tally, onOpen }: { tally: Tally; onOpen(): void }) {
  const { t } = useTranslation()
  return (
    <Typography.Text type="secondary" data-testid="lost-reason-prompt">
      {tally.lostReason ? t('stats.lostReason.given', { reason: lostReasonLabel(tally.lostReason, t) }) : t('stats.lostReason.prompt')}
      <Button size="small" type="link" onClick={onOpen} data-testid="lost-reason-open">
        <kbd style={{ fontFamily: 'inherit', fontSize: 12, border: '1px solid #bfbfbf', borderRadius: 4, padding: '0 5px', marginInlineEnd: 6 }}>R</kbd>
        {tally.lostReason ? t('stats.lostReason.change') : t('stats.lostReason.open')}
      </Button>
    </Typography.Text>
  )
}
