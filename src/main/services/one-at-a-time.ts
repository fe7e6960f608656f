// Async work that must never interleave (a team join and a leave, two backups, two slow
// passphrase guesses): each job starts once the one before it has settled, whether it failed or not.

/** A queue of one: call it with a job; the job runs after every job given before it. */
export type OneAtATime = <T>(job: () => Promise<T>) => Promise<T>

export function oneAtATime(): OneAtATime {
  let tail: Promise<unknown> = Promise.resolve()
  return (job) => {
    const next = tail.then(job, job)
    tail = next.catch(() => undefined)
    return next
  }
}
