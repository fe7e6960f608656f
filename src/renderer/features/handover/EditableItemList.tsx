// A list of items the agent may correct in place (the draft, their own items): each item's card
// with the list's buttons, and one item at a time turned into the form, where Save writes it and
// Cancel closes it.
import { Space } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { HandoverItem } from '../../../shared/contract'
import { HandoverItemCard } from './HandoverItemCard'
import { HandoverItemForm } from './HandoverItemForm'
import { useHandover } from './handover-store'

type Props = {
  items: HandoverItem[]
  /** The buttons on an item's card; `edit` turns the card into the form. */
  actions(item: HandoverItem, edit: () => void): ReactNode
  /** Shown after the items (a dialog the buttons open). */
  children?: ReactNode
}

export function EditableItemList({ items, actions, children }: Props) {
  const { t } = useTranslation()
  const saveItem = useHandover((s) => s.saveItem)
  const [editing, setEditing] = useState<string | null>(null)
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
          <HandoverItemCard key={item.id} item={item} actions={actions(item, () => setEditing(item.id))} />
        ),
      )}
      {children}
    </Space>
  )
}
