// What the signed-in agent follows: record progress, correct the details, or close an item with
// its resolution. Whatever is still open goes to the next shift with the agent's handover.
import { Button, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HandoverItem } from '../../../shared/contract'
import { HandoverItemCard } from './HandoverItemCard'
import { HandoverItemForm } from './HandoverItemForm'
import { ItemActionModal, type ItemAction } from './ItemActionModal'
import { useHandover } from './handover-store'

export function MyItems({ items }: { items: HandoverItem[] }) {
  const { t } = useTranslation()
  const saveItem = useHandover((s) => s.saveItem)
  const [action, setAction] = useState<ItemAction | null>(null)
  const [editing, setEditing] = useState<string | null>(null)

  if (items.length === 0) return <Typography.Text type="secondary">{t('handover.mine.empty')}</Typography.Text>
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {items.map((item) =>
        editing === item.id ? (
          <HandoverItemForm
            key={item.id}
            item={item}
            submitLabel={t('form.save')}
            onSave={async (fields) => {
              await saveItem({ ...fields, id: item.id })
              setEditing(null)
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <HandoverItemCard
            key={item.id}
            item={item}
            actions={
              <>
                <Button onClick={() => setAction({ kind: 'note', item })}>{t('handover.mine.note')}</Button>
                <Button onClick={() => setEditing(item.id)}>{t('handover.mine.edit')}</Button>
                <Button type="primary" onClick={() => setAction({ kind: 'complete', item })}>
                  {t('handover.mine.complete')}
                </Button>
              </>
            }
          />
        ),
      )}
      {action && <ItemActionModal action={action} onClose={() => setAction(null)} />}
    </Space>
  )
}
