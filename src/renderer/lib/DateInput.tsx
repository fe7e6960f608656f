// The one date field of the app: type it the way you would say it (2026-12-06, 12月6日, 12-6,
// 昨天…) and it becomes a full date as soon as you leave the field or press Enter; or pick it
// from the calendar beside it. Works as an antd form control (value / onChange).
import { Input, Space } from 'antd'
import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import { parseTypedDate } from '../../shared/domain/register'

type Props = {
  value?: string
  onChange?(value: string): void
  /** A date that cannot be ahead (a purchase date): a yearless 12月30日 typed in January is last year's. */
  past?: boolean
  /** Enter, after the typing is made a full date (a form may save or go on). */
  onPressEnter?(): void
  id?: string
  autoFocus?: boolean
  'aria-label'?: string
  style?: CSSProperties
}

export function DateInput({ value = '', onChange, past = false, onPressEnter, id, autoFocus, 'aria-label': label, style }: Props) {
  const { t } = useTranslation()
  const parsed = value.trim() === '' ? null : parseTypedDate(value, new Date(), { past })
  const normalise = () => {
    if (parsed?.ok && parsed.value !== value) onChange?.(parsed.value)
  }
  return (
    <Space.Compact style={{ width: '100%', ...style }}>
      <Input
        id={id}
        autoFocus={autoFocus}
        aria-label={label}
        value={value}
        placeholder={t('dates.placeholder')}
        onChange={(e) => onChange?.(e.target.value)}
        onBlur={normalise}
        onPressEnter={() => {
          normalise()
          onPressEnter?.()
        }}
        maxLength={40}
      />
      <input
        type="date"
        className="date-input-picker"
        tabIndex={-1}
        title={t('dates.pick')}
        aria-label={t('dates.pick')}
        value={parsed?.ok ? parsed.value : ''}
        onChange={(e) => e.target.value && onChange?.(e.target.value)}
      />
    </Space.Compact>
  )
}
