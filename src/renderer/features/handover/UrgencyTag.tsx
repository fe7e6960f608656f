// 紧急 / 一般 / 潜在客户, in colours an agent tells apart at a glance.
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HandoverItem } from '../../../shared/contract'

const COLORS: Record<HandoverItem['urgency'], string> = { urgent: 'red', normal: 'blue', potential: 'green' }

export function UrgencyTag({ urgency }: { urgency: HandoverItem['urgency'] }) {
  const { t } = useTranslation()
  return <Tag color={COLORS[urgency]}>{t(`handover.urgency.${urgency}`)}</Tag>
}
