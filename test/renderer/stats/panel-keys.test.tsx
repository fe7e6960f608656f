import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { usePanelKeys } from '../../../src/renderer/features/stats/usePanelKeys'

function Panel({ onTally, onUndo }: { onTally: (o: string) => void; onUndo: () => void }) {
  const onKeyDown = usePanelKeys(onTally, onUndo)
  return (
    <div data-testid="panel" tabIndex={-1} onKeyDown={onKeyDown}>
      <input aria-label="customer" />
      <input type="radio" aria-label="period" />
    </div>
  )
}

describe('single-key tallying in the stats panel', () => {
  it('counts 1-5 (top row and keypad), takes back with Ctrl+Z, and leaves typing and Alt combinations alone', () => {
    const onTally = vi.fn()
    const onUndo = vi.fn()
    render(<Panel onTally={onTally} onUndo={onUndo} />)
    const panel = screen.getByTestId('panel')
    fireEvent.keyDown(panel, { key: '1', code: 'Digit1' })
    fireEvent.keyDown(panel, { key: '3', code: 'Numpad3' })
    fireEvent.keyDown(screen.getByLabelText('period'), { key: '5', code: 'Digit5' })
    fireEvent.keyDown(screen.getByLabelText('customer'), { key: '2', code: 'Digit2' })
    fireEvent.keyDown(panel, { key: '4', code: 'Digit4', altKey: true })
    fireEvent.keyDown(panel, { key: '6', code: 'Digit6' })
    fireEvent.keyDown(panel, { key: '1', code: 'Digit1', repeat: true })
    expect(onTally.mock.calls).toEqual([['effective'], ['converted'], ['transferred']])
    fireEvent.keyDown(screen.getByLabelText('customer'), { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(onUndo).not.toHaveBeenCalled()
    fireEvent.keyDown(panel, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(onUndo).toHaveBeenCalledTimes(1)
  })
})
