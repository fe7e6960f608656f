// A filled script as the customer will read it; blanks still open are marked so the agent sees
// what the copy will ask for.
import { Fragment } from 'react'

const BLANK = /(\{\{\s*[\p{L}\p{N}_]+\s*\}\})/u

export function ScriptText({ text, labelOf }: { text: string; labelOf(key: string): string }) {
  return (
    <>
      {text.split(BLANK).map((part, i) => {
        if (i % 2 === 0) return <Fragment key={i}>{part}</Fragment>
        const key = part.slice(2, -2).trim()
        return (
          <mark key={i} style={{ background: '#fff7e6', border: '1px dashed #fa8c16', borderRadius: 4, padding: '0 4px', color: '#ad4e00' }}>
            {labelOf(key)}
          </mark>
        )
      })}
    </>
  )
}
