// The day's totals: hours online, paused, offline, and the time the account showed online while
// nobody was at the PC (空挂, the exposure the shops fine).
import { Col, Row, Statistic, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Output } from '../../../shared/contract'
import { hoursAndMinutes } from './presence-format'

export function PresenceDayTotals({ totals }: { totals: Output<'presence:day'>['totals'] }) {
  const { t } = useTranslation()
  const duration = (ms: number) => {
    const { hours, minutes } = hoursAndMinutes(ms)
    return hours === 0 ? t('presence.day.durationMinutes', { minutes }) : t('presence.day.duration', { hours, minutes })
  }
  return (
    <div data-testid="presence-totals">
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title={t('presence.day.online')} value={duration(totals.onlineMs)} />
        </Col>
        <Col span={6}>
          <Statistic title={t('presence.day.paused')} value={duration(totals.pausedMs)} />
        </Col>
        <Col span={6}>
          <Statistic title={t('presence.day.offline')} value={duration(totals.offlineMs)} />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('presence.day.awayWhileOnline')}
            value={duration(totals.awayWhileOnlineMs)}
            styles={{ content: { color: totals.awayWhileOnlineMs > 0 ? '#cf1322' : undefined } }}
          />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('presence.day.awayHelp')}
      </Typography.Paragraph>
    </div>
  )
}
