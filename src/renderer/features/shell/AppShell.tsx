// The frame every screen lives in: the section menu on the left, the header on top.
import { Layout, Menu, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useEffect, type ReactNode } from 'react'
import { PresenceBanners } from '../presence/PresenceBanners'
import { OverwriteNotices } from '../replies/OverwriteNotices'
import { AppHeader } from './AppHeader'
import { RegisterDueBadge } from '../register/RegisterDueBadge'
import { firstScreenShown } from '../../lib/first-screen'
import { NOTEBOOK_SECTIONS, SECTIONS, type Section } from './sections'
import { useNavigation } from './navigation-store'
import { useSectionHotkeys } from './useSectionHotkeys'
import { SectionPanels } from './SectionPanels'
import { useLead } from '../lead/lead-store'
import { useProfiles } from '../profiles/profile-store'

function label(text: string, section: Section) {
  return (
    <span>
      {text}
      {section === 'register' ? <RegisterDueBadge /> : null}
      <Typography.Text type="secondary" style={{ fontSize: 11, marginInlineStart: 8 }}>
        Alt+{SECTIONS.indexOf(section) + 1}
      </Typography.Text>
    </span>
  )
}

export function AppShell({ panels }: { panels: Record<Section, ReactNode> }) {
  const { t } = useTranslation()
  const { section, go } = useNavigation()
  useSectionHotkeys()
  // An agent who leaves quick replies before its list came in is past the first screen too.
  useEffect(() => {
    if (section !== 'replies') firstScreenShown()
  }, [section])
  const profileId = useProfiles((s) => s.current?.id)
  const isLead = useLead((s) => s.access?.role === 'lead')
  useEffect(() => {
    // A refusal here only hides the lead's menu item; the view itself says why it cannot open.
    useLead.getState().loadAccess().catch(() => undefined)
  }, [profileId])
  const items = [
    { key: 'replies', label: label(t('nav.replies'), 'replies') },
    { key: 'trees', label: label(t('nav.trees'), 'trees') },
    {
      key: 'notebooks',
      label: t('nav.notebooks'),
      type: 'group' as const,
      children: NOTEBOOK_SECTIONS.map((s) => ({ key: s, label: label(t(`nav.${s}`), s) })),
    },
    ...(isLead ? [{ key: 'lead', label: label(t('nav.lead'), 'lead') }] : []),
    { key: 'settings', label: label(t('nav.settings'), 'settings') },
  ]
  return (
    <Layout style={{ height: '100vh' }}>
      <AppHeader />
      <Layout>
        {/* Wide enough for the longest English label with its badge and Alt+digit (no ellipsis). */}
        <Layout.Sider width={232} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          <nav aria-label={t('app.short')}>
            <Menu mode="inline" selectedKeys={[section]} items={items} onClick={({ key }) => go(key as Section)} style={{ borderInlineEnd: 'none' }} />
          </nav>
        </Layout.Sider>
        <Layout style={{ minWidth: 0 }}>
          <PresenceBanners />
          <OverwriteNotices />
          <Layout.Content style={{ padding: 16, overflow: 'auto' }} role="main" aria-label={t(`nav.${section}`)}>
            <SectionPanels key={profileId ?? 'none'} section={section} panels={panels} />
          </Layout.Content>
        </Layout>
      </Layout>
    </Layout>
  )
}
