// The one short phrase for a sync state, shared by the header chip and Settings → 团队.
import type { TFunction } from 'i18next'
import type { TeamSyncState } from '../../../shared/ipc/team'
import { clockTime } from '../presence/presence-format'

export function syncLabel(sync: TeamSyncState, t: TFunction): string {
  switch (sync.state) {
    case 'off':
      return t('team.chip.off')
    case 'first-sync':
      return t('team.chip.firstSync')
    case 'online':
      return sync.pending > 0 ? t('team.chip.pending', { count: sync.pending }) : t('team.chip.synced')
    case 'offline':
      return t('team.chip.offline', { time: clockTime(sync.since) })
    case 'error':
      return t('team.chip.error')
  }
}

/** The chip's colour: quiet unless something needs the agent. */
export function syncColor(sync: TeamSyncState): string | undefined {
  if (sync.state === 'error') return 'red'
  if (sync.state === 'offline') return 'orange'
  if (sync.state === 'online' && sync.pending === 0) return 'green'
  return 'blue'
}
