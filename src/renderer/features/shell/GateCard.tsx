// The full-window card that stands before the app: the start-up passphrase, the café sign-in and
// the shared-PC lock share one look, so an agent knows she is at a door, not inside.
import { Card, Flex, Typography } from 'antd'
import type { ReactNode } from 'react'

export function GateCard({ testId, title, intro, width = 460, children }: { testId: string; title: ReactNode; intro: ReactNode; width?: number; children: ReactNode }) {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', background: '#f5f7fa', padding: 16 }} data-testid={testId}>
      <Card style={{ width }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
        {children}
      </Card>
    </Flex>
  )
}
