// The outgoing agent's handover: the items for the next shift, notes and counts, and the
// "submit handover" that closes this shift's record and passes everything on.
import { Alert, App, Button, Card, Empty, Popconfirm, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HandoverBoard } from '../../../shared/contract'
import { errorMessage } from '../../lib/errors'
import { shiftName } from '../shifts/shift-name'
import { useShifts } from '../shifts/shift-store'
import { EditableItemList } from './EditableItemList'
import { HandoverCounts } from './HandoverCounts'
import { HandoverItemForm } from './HandoverItemForm'
import { useHandover } from './handover-store'

export function HandoverDraft({ board }: { board: HandoverBoard }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { saveItem, deleteItem, submit } = useHandover()
  const shifts = useShifts((s) => s.shifts)
  const carried = board.mine.length
  const total = board.draftItems.length + carried

  const submitHandover = async () => {
    try {
      const record = await submit()
      void message.success(t('handover.draft.submitted', { count: record.handedOver }))
    } catch (error) {
      void message.error(errorMessage(error, t))
    }
  }

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {board.shift ? t('handover.draft.forShift', { date: board.shift.date, shift: shiftName(board.shift.shiftId, shifts, t) }) : t('handover.draft.noShift')}{' '}
        {t('handover.draft.intro')}
      </Typography.Paragraph>
      <Card size="small" title={t('handover.draft.newItem')}>
        <HandoverItemForm submitLabel={t('handover.draft.add')} onSave={(fields) => saveItem(fields)} />
      </Card>
      <Card size="small" title={t('handover.draft.written', { n: board.draftItems.length })}>
        {board.draftItems.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('handover.draft.none')} />
        ) : (
          <EditableItemList
            items={board.draftItems}
            actions={(item, edit) => (
              <>
                <Button size="small" onClick={edit}>
                  {t('handover.mine.edit')}
                </Button>
                <Popconfirm title={t('handover.draft.deleteConfirm')} okText={t('handover.draft.delete')} cancelText={t('form.cancel')} onConfirm={() => void deleteItem(item.id)}>
                  <Button size="small" danger>
                    {t('handover.draft.delete')}
                  </Button>
                </Popconfirm>
              </>
            )}
          />
        )}
      </Card>
      {carried > 0 && <Alert type="info" showIcon title={t('handover.draft.carried', { count: carried })} />}
      <Card size="small" title={t('handover.counts.title')}>
        <HandoverCounts record={board.draft} />
      </Card>
      {/* Beside the button, not above it: above, it covered the counted cash and was cut at the window's left edge. */}
      <Popconfirm
        placement="rightBottom"
        title={t('handover.draft.submitConfirmTitle')}
        description={total === 0 ? t('handover.draft.submitEmpty') : t('handover.draft.submitConfirm', { count: total })}
        okText={t('handover.draft.submit')}
        cancelText={t('form.cancel')}
        onConfirm={() => void submitHandover()}
      >
        <Button type="primary" size="large" data-testid="submit-handover">
          {t('handover.draft.submit')}
        </Button>
      </Popconfirm>
    </Space>
  )
}
