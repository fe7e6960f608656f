// The box the register's full forms open in over any screen: the form brings its own buttons,
// and a click beside the box never throws the typing away.
import { Modal } from 'antd'
import type { ReactNode } from 'react'

type Props = { open: boolean; title: string; width: number; onClose(): void; children: ReactNode }

export function EditorModal({ open, title, width, onClose, children }: Props) {
  return (
    <Modal open={open} title={title} footer={null} onCancel={onClose} destroyOnHidden width={width} maskClosable={false}>
      {children}
    </Modal>
  )
}
