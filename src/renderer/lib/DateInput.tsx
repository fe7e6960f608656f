// The one date field of the app: type it the way you would say it (2026-12-06, 12月6日, 12-6,
// 昨天…) and it becomes a full date as soon as you leave the field or press Enter; or pick it
// from the calendar beside it. Works as an antd form control (value / onChange).
import { useTranslation } from 'react-i18next'
import { parseTypedDate } from '../../shared/domain/register'
import { TypedPickerInput, type TypedPickerProps } from './TypedPickerInput'

/** `past`: a date that cannot be ahead (a purchase date): a yearless 12月30日 typed in January is last year's. */
export function DateInput({ past = false, ...props }: TypedPickerProps & { past?: boolean }) {
  const { t } = useTranslation()
  const read = (value: string) => {
    const parsed = parseTypedDate(value, new Date(), { past })
    return parsed.ok ? parsed.value : null
  }
  return <TypedPickerInput {...props} read={read} show={(full) => full} picker="date" placeholder={t('dates.placeholder')} pickLabel={t('dates.pick')} />
}
