// Whether this window serves a café session (网吧模式): asked once, as it cannot change without a restart of the page.
import { useEffect, useState } from 'react'
import { invoke } from '../../lib/desk'

export function useCafeActive(): boolean {
  const [active, setActive] = useState(false)
  useEffect(() => {
    let stopped = false
    invoke('cafe:status', {}).then(
      (status) => !stopped && setActive(status.active),
      () => undefined,
    )
    return () => {
      stopped = true
    }
  }, [])
  return active
}
