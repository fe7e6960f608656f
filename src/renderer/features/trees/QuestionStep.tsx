// A question: what to find out, and one big button per answer (keys 1-9). Each answer shows how
// often agents chose it in this version of the tree.
import { Button, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { QuestionNode } from '../../../shared/domain'
import { KeyHint } from './KeyHint'

type Props = { node: QuestionNode; counts: readonly number[] | undefined; onChoose(index: number): void }

export function QuestionStep({ node, counts, onChoose }: Props) {
  const { t } = useTranslation()
  const total = counts?.reduce((sum, n) => sum + n, 0) ?? 0
  return (
    <section aria-labelledby={`q-${node.id}`} data-testid="tree-question" data-node={node.id}>
      <Typography.Title level={4} id={`q-${node.id}`} style={{ marginTop: 0 }}>
        {node.text}
      </Typography.Title>
      {node.hint ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
          {node.hint}
        </Typography.Paragraph>
      ) : null}
      <Flex vertical gap={8} style={{ maxWidth: 560 }}>
        {node.options.map((option, index) => {
          const count = counts?.[index] ?? 0
          return (
            <Button key={index} size="large" block onClick={() => onChoose(index)} style={{ justifyContent: 'flex-start', height: 48, fontSize: 16 }}>
              <KeyHint>{String(index + 1)}</KeyHint>
              <span style={{ flex: 1, textAlign: 'start' }}>{option.label}</span>
              {total > 0 ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }} title={t('trees.run.countHelp')}>
                  {t('trees.run.count', { times: count, percent: Math.round((count / total) * 100) })}
                </Typography.Text>
              ) : null}
            </Button>
          )
        })}
      </Flex>
    </section>
  )
}
