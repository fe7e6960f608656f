// A GBK encoder for tests, built by inverting the platform's own GB18030 decoder over every
// two-byte GBK code (no iconv package needed): files shaped like Chinese Excel's "CSV" save.
let table: Map<string, number[]> | undefined

function gbkTable(): Map<string, number[]> {
  if (table) return table
  table = new Map()
  const decoder = new TextDecoder('gb18030')
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail])
    }
  }
  return table
}

/** `text` in GBK; a character GBK cannot hold (an emoji) becomes ?, as Excel writes it. */
export function encodeGbk(text: string): Uint8Array {
  const codes = gbkTable()
  const out: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) out.push(code)
    else out.push(...(codes.get(ch) ?? [0x3f]))
  }
  return new Uint8Array(out)
}
