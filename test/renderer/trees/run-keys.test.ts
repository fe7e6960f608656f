import { describe, expect, it } from 'vitest'
import { runCommand } from '../../../src/renderer/features/trees/run-keys'

const press = (key: string, code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
})

describe('run keys', () => {
  it('1-9 (top row or keypad) answer a question, 0 does not', () => {
    expect(runCommand(press('1', 'Digit1'), 'question')).toEqual({ type: 'choose', index: 0 })
    expect(runCommand(press('9', 'Numpad9'), 'question')).toEqual({ type: 'choose', index: 8 })
    expect(runCommand(press('0', 'Digit0'), 'question')).toBeNull()
    expect(runCommand(press('1', 'Digit1'), 'outcome')).toBeNull()
  })

  it('Backspace and Alt+← go back and R starts over on every step', () => {
    for (const at of ['question', 'outcome'] as const) {
      expect(runCommand(press('Backspace', 'Backspace'), at)).toEqual({ type: 'back' })
      expect(runCommand(press('ArrowLeft', 'ArrowLeft', { altKey: true }), at)).toEqual({ type: 'back' })
      expect(runCommand(press('r', 'KeyR'), at)).toEqual({ type: 'restart' })
    }
  })

  it('at an outcome C or Enter copies, one letter per action, Esc closes; Alt+digit stays with the app shell', () => {
    expect(runCommand(press('c', 'KeyC'), 'outcome')).toEqual({ type: 'copy' })
    expect(runCommand(press('Enter', 'Enter'), 'outcome')).toEqual({ type: 'copy' })
    expect(runCommand(press('f', 'KeyF'), 'outcome')).toEqual({ type: 'follow-up' })
    expect(runCommand(press('t', 'KeyT'), 'outcome')).toEqual({ type: 'transfer' })
    expect(runCommand(press('o', 'KeyO'), 'outcome')).toEqual({ type: 'carrier' })
    expect(runCommand(press('m', 'KeyM'), 'outcome')).toEqual({ type: 'remark' })
    expect(runCommand(press('Escape', 'Escape'), 'outcome')).toEqual({ type: 'done' })
    expect(runCommand(press('c', 'KeyC', { ctrlKey: true }), 'outcome')).toBeNull()
    expect(runCommand(press('2', 'Digit2', { altKey: true }), 'question')).toBeNull()
    expect(runCommand(press('Escape', 'Escape'), 'question')).toBeNull()
  })
})
