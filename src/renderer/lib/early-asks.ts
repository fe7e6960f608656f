// What a cold start asks main first, asked the moment the page starts: early.ts is a tiny script
// of its own that runs before the app's code is evaluated (about a third of a cold start), so
// the answers travel meanwhile instead of after it. Each answer is taken once, by the code that
// would have asked the same question; an answer nobody takes (a capture window) is never used.
import type { Output } from '../../shared/contract'
import { invoke } from './desk'

type ReplyLibrary = [Output<'replies:list'>, Output<'replies:settings'>]
type Early = {
  startupState: Promise<Output<'atRest:startupState'>> | null
  replies: Promise<ReplyLibrary> | null
}

const early: Early = { startupState: null, replies: null }

/** A failure is for the taker to handle (or to ask again), not an unhandled rejection meanwhile. */
function kept<T>(answer: Promise<T>): Promise<T> {
  answer.catch(() => undefined)
  return answer
}

export function askEarly({ replies }: { replies: boolean }): void {
  early.startupState ??= kept(invoke('atRest:startupState', {}))
  // The reply library is the first screen's data and its largest answer (4 MB for 10k replies).
  // It is asked before main has said the data is open and who is signed in: the replies store
  // keeps it only if it came back, and drops it if the session or the library changed meanwhile.
  if (replies) early.replies ??= kept(Promise.all([invoke('replies:list', {}), invoke('replies:settings', {})]))
}

/** The early answer to `question`, once (null when it was not asked, already taken or dropped). */
export function takeEarly<K extends keyof Early>(question: K): Early[K] {
  const answer = early[question]
  early[question] = null
  return answer
}
