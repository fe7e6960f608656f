// Child process for the index memory figure (run with --expose-gc): heap taken by the raw reply
// documents, then by the index built over them. Prints JSON { docsBytes, indexBytes }.
import { readFileSync } from 'node:fs'
import { buildReplyIndex, type ReplyDoc } from '../../src/shared/domain'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')

function heap(): number {
  gc!()
  gc!()
  return process.memoryUsage().heapUsed
}

const text = readFileSync(process.argv[2]!, 'utf8')
const start = heap()
const docs = JSON.parse(text) as ReplyDoc[]
const withDocs = heap()
const index = buildReplyIndex(docs)
const withIndex = heap()
// Keep both alive until measured, and prove the index works.
if (index.search('wl', 1).length === 0 || docs.length === 0) throw new Error('empty index')
process.stdout.write(JSON.stringify({ docsBytes: withDocs - start, indexBytes: withIndex - withDocs }))
