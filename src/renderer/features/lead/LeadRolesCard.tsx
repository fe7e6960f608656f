// Who is a lead (组长) on this PC. The PC's owner gives and takes back the role; everyone else
// sees who holds it. A lead opens the 组长 view of every profile's figures.
import { App, Card, List, Switch, Typography } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../lib/errors'
import { useLockSettings } from '../profiles/lock-settings-store'
import { useProfiles } from '../profiles/profile-store'
import { useLead } from './lead-store'

export function LeadRolesCard() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { profiles, current } = useProfiles()
  const ownerId = useLockSettings((s) => s.settings?.pcOwnerId ?? null)
  const { access, loadAccess, setRole } = useLead()
  const fail = (error: unknown) => void message.error(errorMessage(error, t))

  useEffect(() => {
    loadAccess().catch((error: unknown) => void message.error(errorMessage(error, t)))
  }, [current?.id, loadAccess, message, t])

  const isOwner = current !== null && ownerId === current.id
  return (
    <Card title={t('lead.roles.title')} data-testid="lead-roles">
      <Typography.Paragraph type="secondary">{isOwner ? t('lead.roles.help') : t('lead.roles.ownerOnly')}</Typography.Paragraph>
      <List
        size="small"
        dataSource={profiles}
        renderItem={(p) => {
          const isLead = access?.leads.includes(p.id) ?? false
          return (
            <List.Item
              extra={
                <Switch
                  checked={isLead}
                  disabled={!isOwner || access === null}
                  aria-label={t('lead.roles.switch', { name: p.displayName })}
                  onChange={(on) => void setRole(p.id, on ? 'lead' : 'agent').catch(fail)}
                />
              }
            >
              {p.displayName}
            </List.Item>
          )
        }}
      />
    </Card>
  )
}
