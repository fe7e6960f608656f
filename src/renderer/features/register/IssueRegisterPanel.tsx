// The 问题登记本 section: the register itself, the search over every notebook, and the report
// for the team lead.
import { Button, Flex, Space, Tabs, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { NotebookSearch } from './search/NotebookSearch'
import { ReportPanel } from './report/ReportPanel'
import { RegisterList } from './RegisterList'
import { useRegister, type RegisterTab } from './register-store'

export function IssueRegisterPanel() {
  const { t } = useTranslation()
  const { tab, showTab, reminders, setCaptureOpen, openEditor, openFollowUp } = useRegister()
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={8}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('nav.register')}
          </Typography.Title>
          {reminders.overdue > 0 ? <Tag color="red">{t('register.overdueCount', { count: reminders.overdue })}</Tag> : null}
          {reminders.dueToday > 0 ? <Tag color="orange">{t('register.dueTodayCount', { count: reminders.dueToday })}</Tag> : null}
        </Space>
        <Space wrap>
          <Button type="primary" onClick={() => setCaptureOpen(true)}>
            {t('register.captureButton')}
          </Button>
          <Button onClick={() => openEditor({ kind: 'question' })}>{t('register.newQuestion')}</Button>
          <Button onClick={() => openFollowUp()}>{t('register.newFollowUp')}</Button>
        </Space>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => showTab(key as RegisterTab)}
        destroyOnHidden
        items={[
          { key: 'entries', label: t('register.tabs.entries'), children: <RegisterList /> },
          { key: 'search', label: t('register.tabs.search'), children: <NotebookSearch /> },
          { key: 'report', label: t('register.tabs.report'), children: <ReportPanel /> },
        ]}
      />
    </Space>
  )
}
