// Brute-force limits for sign-in, like the desktop PIN: a run of wrong passwords locks the
// account, and each lockout doubles the wait. A per-address window also slows anyone trying many
// logins from one place. Account counts live in PostgreSQL; the address window is per process.
export type LoginLimits = {
  failuresBeforeLockout: number
  firstLockoutMs: number
  maxLockoutMs: number
  attemptsPerAddress: number
  addressWindowMs: number
}

export const defaultLoginLimits: LoginLimits = {
  failuresBeforeLockout: 5,
  firstLockoutMs: 60_000,
  maxLockoutMs: 60 * 60_000,
  attemptsPerAddress: 30,
  addressWindowMs: 60_000,
}

export function lockoutMs(limits: LoginLimits, lockoutsSoFar: number): number {
  return Math.min(limits.maxLockoutMs, limits.firstLockoutMs * 2 ** lockoutsSoFar)
}

export class AddressWindow {
  private readonly attempts = new Map<string, number[]>()

  constructor(private readonly limits: LoginLimits) {}

  /** Records an attempt; false when the address already used up its window. */
  allow(address: string, now: number): boolean {
    const recent = (this.attempts.get(address) ?? []).filter((at) => now - at < this.limits.addressWindowMs)
    if (recent.length >= this.limits.attemptsPerAddress) {
      this.attempts.set(address, recent)
      return false
    }
    recent.push(now)
    this.attempts.set(address, recent)
    if (this.attempts.size > 10_000) this.forgetOld(now)
    return true
  }

  private forgetOld(now: number): void {
    for (const [address, times] of this.attempts) {
      if (times.every((at) => now - at >= this.limits.addressWindowMs)) this.attempts.delete(address)
    }
  }
}
