// What the signed-in agent follows: record progress, correct the details, or close an item with
// its resolution. Whatever is still open goes to the next shift with the agent's handover.
import { Button, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HandoverItem } from '../../../shared/contract'
import { EditableItemList } from './EditableItemList'
import { ItemActionModal, type ItemAction } from './ItemActionModal'

export function MyItems({ items }: { items: HandoverItem[] }) {
  const { t } = useTranslation()
  const [action, setAction] = useState<ItemAction | null>(null)

  if (items.length === 0) return <Typography.Text type="secondary">{t('handover.mine.empty')}</Typography.Text>
  return (
    <EditableItemList
      items={items}
      actions={(item, edit) => (
        <>
          <Button onClick={() => setAction({ kind: 'note', item })}>{t('handover.mine.note')}</Button>
          <Button onClick={edit}>{t('handover.mine.edit')}</Button>
          <Button type="primary" onClick={() => setAction({ kind: 'complete', item })}>
            {t('handover.mine.complete')}
          </Button>
        </>
      )}
    >
      {action && <ItemActionModal action={action} onClose={() => setAction(null)} />}
    </EditableItemList>
  )
}
