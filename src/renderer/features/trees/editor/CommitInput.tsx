// A field whose change is applied when the agent leaves it or presses Enter, not per keystroke:
// for ids, where every half-typed value would rename links.
import { Input } from 'antd'
import { useState } from 'react'

type Props = { value: string; onCommit(value: string): void; 'aria-label'?: string; disabled?: boolean; status?: 'error' }

export function CommitInput({ value, onCommit, disabled, status, ...rest }: Props) {
  const [text, setText] = useState(value)
  const [from, setFrom] = useState(value)
  // A new value from outside (undo, another step selected) replaces what is in the box.
  if (from !== value) {
    setFrom(value)
    setText(value)
  }
  const commit = () => {
    if (text.trim() !== value) onCommit(text.trim())
    setText(value)
  }
  return (
    <Input
      aria-label={rest['aria-label']}
      value={text}
      disabled={disabled}
      status={status}
      maxLength={60}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onPressEnter={commit}
    />
  )
}
