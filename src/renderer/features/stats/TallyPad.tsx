// One button per customer outcome, each showing its key, plus the optional customer name and
// undo. The same keys work anywhere on the panel (see usePanelKeys).
import { Button, Flex, Input, Tooltip, Typography, type InputRef } from 'antd'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { TallyOutcome } from '../../../shared/domain/stats'
import { OUTCOME_KEYS } from './outcomes'

type Props = {
  customer: string
  onCustomerChange(customer: string): void
  onTally(outcome: TallyOutcome): void
  onUndo(): void
  /** Where focus returns after the customer box, so the digit keys tally again. */
  onDoneTyping(): void
}

export function TallyPad({ customer, onCustomerChange, onTally, onUndo, onDoneTyping }: Props) {
  const { t } = useTranslation()
  const input = useRef<InputRef>(null)
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        {OUTCOME_KEYS.map(({ outcome, key, color }) => (
          <Tooltip key={outcome} title={t(`stats.outcomeHelp.${outcome}`)}>
            <Button
              size="large"
              onClick={() => onTally(outcome)}
              data-testid={`tally-${outcome}`}
              style={{ minWidth: 112, borderColor: color, color }}
            >
              <kbd style={{ fontFamily: 'inherit', border: `1px solid ${color}`, borderRadius: 4, padding: '0 6px', marginInlineEnd: 8, fontSize: 12 }}>{key}</kbd>
              {t(`stats.outcomes.${outcome}`)}
            </Button>
          </Tooltip>
        ))}
        <Button size="large" onClick={onUndo} data-testid="tally-undo">
          {t('stats.pad.undo')}
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
            Ctrl+Z
          </Typography.Text>
        </Button>
      </Flex>
      <Input
        ref={input}
        allowClear
        maxLength={64}
        value={customer}
        onChange={(e) => onCustomerChange(e.target.value)}
        onPressEnter={() => {
          input.current?.blur()
          onDoneTyping()
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            onCustomerChange('')
            onDoneTyping()
          }
        }}
        placeholder={t('stats.pad.customer')}
        aria-label={t('stats.pad.customer')}
        style={{ maxWidth: 420 }}
        suffix={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('stats.pad.customerHint')}</Typography.Text>}
      />
    </Flex>
  )
}
