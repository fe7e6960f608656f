// Who is working, which shift it is, the team sync state (with a team), (with the presence
// feature) whether customers can reach them, and in a café session the way to sign out.
import { Flex, Layout, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { CafeSignOut } from '../cafe/CafeSignOut'
import { useCafeActive } from '../cafe/useCafeActive'
import { PresenceControl } from '../presence/PresenceControl'
import { LockButton } from '../profiles/LockButton'
import { OrderRemarkButton } from '../profiles/OrderRemarkButton'
import { ProfileSwitcher } from '../profiles/ProfileSwitcher'
import { ShiftIndicator } from '../shifts/ShiftIndicator'
import { SyncChip } from '../team/SyncChip'

export function AppHeader() {
  const { t } = useTranslation()
  const cafe = useCafeActive()
  return (
    <Layout.Header style={{ background: '#fff', padding: '0 16px', borderBottom: '1px solid #f0f0f0', height: 56, lineHeight: '56px' }}>
      <Flex align="center" justify="space-between" gap={16}>
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t('app.name')}
        </Typography.Text>
        <Flex align="center" gap={16}>
          <ShiftIndicator />
          <SyncChip />
          <OrderRemarkButton />
          <ProfileSwitcher />
          {cafe ? <CafeSignOut /> : <LockButton />}
          <PresenceControl />
        </Flex>
      </Flex>
    </Layout.Header>
  )
}
