// A clock that re-renders the caller every `intervalMs`, for countdowns in the header.
import { useEffect, useState } from 'react'
import { useScheduler } from './scheduler'

export function useNow(intervalMs: number): Date {
  const scheduler = useScheduler()
  const [now, setNow] = useState(() => new Date(scheduler.now()))
  useEffect(() => {
    const timer = scheduler.setInterval(() => setNow(new Date(scheduler.now())), intervalMs)
    return () => scheduler.clearInterval(timer)
  }, [intervalMs, scheduler])
  return now
}
