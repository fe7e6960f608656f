// The count of callbacks due today or overdue, beside the 问题登记本 menu item: red once any is
// overdue (a missed callback is fined), orange while they are only due today.
import { Badge } from 'antd'
import { useTranslation } from 'react-i18next'
import { useRegister } from './register-store'

export function RegisterDueBadge() {
  const { t } = useTranslation()
  const { overdue, dueToday } = useRegister((s) => s.reminders)
  const count = overdue + dueToday
  if (count === 0) return null
  return (
    <Badge
      count={count}
      size="small"
      color={overdue > 0 ? '#f5222d' : '#fa8c16'}
      style={{ marginInlineStart: 6 }}
      title={t('register.badge', { overdue, dueToday })}
      data-testid="register-due-badge"
    />
  )
}
