// Handover data shaped as main answers it, for component tests with a fake window.desk.
import type { HandoverBoard, HandoverItem, Profile } from '../../../src/shared/contract'

export const mei: Profile = { id: 'p1', displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN', hasPin: false, createdAt: 1 }
export const qiang: Profile = { id: 'p2', displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN', hasPin: true, createdAt: 2 }

export function emptyBoard(): HandoverBoard {
  return { shift: { shiftId: 'night', date: '2026-11-22' }, draft: null, draftItems: [], toTakeOver: [], waitingForNextShift: [], mine: [], heldByOthers: [], lastHandover: null, mySubmission: null, takeOverGate: { show: false, canPutOff: true } }
}

export function handoverItem(overrides: Partial<HandoverItem> = {}): HandoverItem {
  return {
    id: 'i1',
    customer: '花花小铺',
    orderNo: '2026112212345',
    situation: '顾客要求退款',
    nextStep: '问仓库是否签收',
    urgency: 'normal',
    dueAt: null,
    promised: '',
    state: 'awaiting',
    authorName: '小美',
    holderName: null,
    handedOverByName: '小美',
    handedOverByMe: false,
    heldByMe: false,
    resolution: '',
    createdAt: new Date(2026, 10, 22, 15, 0).getTime(),
    updatedAt: new Date(2026, 10, 22, 16, 20).getTime(),
    doneAt: null,
    history: [],
    ...overrides,
  }
}
