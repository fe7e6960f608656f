// The tray menu as plain data: what the agent sees in the notification area, in both languages.
import { describe, expect, it } from 'vitest'
import { presenceTrayModel } from '../../../../src/main/platform/tray-menu'
import { presenceTexts } from '../../../../src/main/services/presence/presence-messages'

const noHotkey = { accelerator: '', registered: null }

describe('presenceTrayModel', () => {
  it('offers the three states, opening the window, a quick note for the issue register and quitting, in Chinese', () => {
    const model = presenceTrayModel({ status: 'online', hotkey: { accelerator: 'CommandOrControl+Alt+O', registered: true } }, presenceTexts('zh-CN'))
    expect(model).toMatchObject({ icon: 'online', tooltip: '客服工作台 · 在线' })
    expect(model.items).toEqual([
      { kind: 'status', status: 'online', label: '在线', checked: true },
      { kind: 'status', status: 'paused', label: '挂起（不接新客户）', checked: false },
      { kind: 'status', status: 'offline', label: '离线', checked: false },
      { kind: 'info', label: '快捷键：CommandOrControl+Alt+O' },
      { kind: 'separator' },
      { kind: 'action', action: 'show', label: '打开客服工作台' },
      { kind: 'action', action: 'capture', label: '记一笔（问题登记本）' },
      { kind: 'action', action: 'quit', label: '退出' },
    ])
  })

  it('labels the quick note item in English and leaves out a hotkey the OS did not accept', () => {
    const model = presenceTrayModel({ status: 'offline', hotkey: { accelerator: 'CommandOrControl+Alt+O', registered: false } }, presenceTexts('en'))
    expect(model.items.filter((i) => i.kind === 'info')).toEqual([])
    expect(model.items.filter((i) => i.kind === 'action')).toEqual([
      { kind: 'action', action: 'show', label: 'Open ShiftDesk' },
      { kind: 'action', action: 'capture', label: 'Quick note (issue register)' },
      { kind: 'action', action: 'quit', label: 'Quit' },
    ])
    expect(presenceTrayModel({ status: 'offline', hotkey: noHotkey }, presenceTexts('en')).items).toEqual(model.items)
  })
})
