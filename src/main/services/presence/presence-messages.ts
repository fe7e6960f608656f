// Words main shows outside the window (system notifications, the tray), in the agent's language.
// The window's own texts live in the renderer's i18n files.
import type { Language } from '../../../shared/contract'
import type { PresenceStatus } from '../../../shared/domain'

export type PresenceTexts = {
  status: Record<PresenceStatus, string>
  warning(seconds: number, inAppOnly: boolean): { title: string; body: string }
  autoOffline(reason: 'idle' | 'lock' | 'suspend', idleMinutes: number): { title: string; body: string }
  shiftEnd(): { title: string; body: string }
  confirmOnline(): { title: string; body: string }
  takeOverFirst(urgent: number): { title: string; body: string }
  failure(kind: 'url' | 'command' | 'log', detail: string): { title: string; body: string }
  tray: { tooltip(status: PresenceStatus): string; paused: string; show: string; capture: string; quit: string; hotkey(accelerator: string): string }
}

const zh: PresenceTexts = {
  status: { online: '在线', paused: '挂起', offline: '离线' },
  warning: (seconds, inAppOnly) => ({
    title: '还在电脑前吗？',
    body: inAppOnly
      ? `再过 ${seconds} 秒没有操作，客服工作台会把你设为离线。点一下客服工作台窗口即可保持在线。`
      : `再过 ${seconds} 秒没有操作，客服工作台会把你设为离线。动一下鼠标或按任意键即可保持在线。`,
  }),
  autoOffline: (reason, idleMinutes) => ({
    title: '已自动离线',
    body: {
      idle: `你已 ${idleMinutes} 分钟没有操作，已自动设为离线。回来后点“重新上线”。`,
      lock: '屏幕已锁定，已自动设为离线。回来后点“重新上线”。',
      suspend: '电脑进入睡眠，已自动设为离线。回来后点“重新上线”。',
    }[reason],
  }),
  shiftEnd: () => ({ title: '你的班次已结束', body: '请写好交接记录后下线；如果还在接待客户，可以延长 15 分钟。' }),
  confirmOnline: () => ({ title: '现在不在你的班次内', body: '请在客服工作台窗口里确认是否要上线。' }),
  takeOverFirst: (urgent) => ({ title: '请先接班', body: `上一班交来 ${urgent} 件紧急事项，还没有人接手。在客服工作台里点“我来跟进”接下后，才能上线。` }),
  failure: (kind, detail) => ({
    title: kind === 'log' ? '在线记录保存失败' : '在线状态联动失败',
    body: kind === 'url' ? `没能打开设置的网址：${detail}` : kind === 'command' ? `设置的程序运行失败：${detail}` : `这次状态变化没有写进记录：${detail}`,
  }),
  tray: {
    tooltip: (status) => `客服工作台 · ${zh.status[status]}`,
    paused: '挂起（不接新客户）',
    show: '打开客服工作台',
    capture: '记一笔（问题登记本）',
    quit: '退出',
    hotkey: (accelerator) => `快捷键：${accelerator}`,
  },
}

const en: PresenceTexts = {
  status: { online: 'Online', paused: 'Paused', offline: 'Offline' },
  warning: (seconds, inAppOnly) => ({
    title: 'Still at your desk?',
    body: inAppOnly
      ? `Without input in ${seconds} s ShiftDesk sets you offline. Click the ShiftDesk window to stay online.`
      : `Without input in ${seconds} s ShiftDesk sets you offline. Move the mouse or press any key to stay online.`,
  }),
  autoOffline: (reason, idleMinutes) => ({
    title: 'You are now offline',
    body: {
      idle: `No input for ${idleMinutes} min, so you were set offline. Press "Back online" when you return.`,
      lock: 'The screen was locked, so you were set offline. Press "Back online" when you return.',
      suspend: 'The PC went to sleep, so you were set offline. Press "Back online" when you return.',
    }[reason],
  }),
  shiftEnd: () => ({ title: 'Your shift has ended', body: 'Write the handover, then go offline. Still serving a customer? Extend by 15 minutes.' }),
  confirmOnline: () => ({ title: 'You are outside your shift', body: 'Confirm in the ShiftDesk window whether to go online.' }),
  takeOverFirst: (urgent) => ({
    title: 'Take over first',
    body: `The last shift handed over ${urgent} urgent ${urgent === 1 ? 'item' : 'items'} that nobody has taken yet. Take ${urgent === 1 ? 'it' : 'them'} over in ShiftDesk ("I'll follow up"), then go online.`,
  }),
  failure: (kind, detail) => ({
    title: kind === 'log' ? 'Presence log not saved' : 'Presence hook failed',
    body: kind === 'url' ? `Could not open the configured address: ${detail}` : kind === 'command' ? `The configured program failed: ${detail}` : `This change was not written to the log: ${detail}`,
  }),
  tray: {
    tooltip: (status) => `ShiftDesk · ${en.status[status]}`,
    paused: 'Paused (no new customers)',
    show: 'Open ShiftDesk',
    capture: 'Quick note (issue register)',
    quit: 'Quit',
    hotkey: (accelerator) => `Hotkey: ${accelerator}`,
  },
}

export function presenceTexts(language: Language): PresenceTexts {
  return language === 'en' ? en : zh
}
