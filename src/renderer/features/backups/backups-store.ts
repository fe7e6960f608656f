// Backups as Settings shows them: the list from main (kept fresh by the backups:changed event),
// the summary of a backup the agent is about to restore, and whether a restart is under way.
import { create } from 'zustand'
import type { BackupStatus, BackupSummary } from '../../../shared/ipc/backups'
import { invoke, onEvent } from '../../lib/desk'

/** What the confirmation shows: the summary, and how to ask main to restore it. */
export type RestoreCandidate = { summary: BackupSummary; source: { name: string } | { chosenFile: true } }

type BackupsState = {
  status: BackupStatus | null
  busy: 'backup' | 'inspect' | 'restore' | null
  candidate: RestoreCandidate | null
  restarting: boolean
  load(): Promise<void>
  /** Keeps the list current while Settings is open; returns the unsubscribe function. */
  follow(): () => void
  backUpNow(): Promise<void>
  setRetention(days: number): Promise<void>
  inspect(name: string): Promise<void>
  chooseFile(): Promise<void>
  cancelRestore(): void
  confirmRestore(): Promise<void>
}

async function during<T>(set: (s: Partial<BackupsState>) => void, busy: BackupsState['busy'], job: () => Promise<T>): Promise<T> {
  set({ busy })
  try {
    return await job()
  } finally {
    set({ busy: null })
  }
}

export const useBackups = create<BackupsState>((set, get) => ({
  status: null,
  busy: null,
  candidate: null,
  restarting: false,
  async load() {
    set({ status: await invoke('backups:status', {}) })
  },
  follow: () => onEvent('backups:changed', (status) => set({ status })),
  async backUpNow() {
    await during(set, 'backup', () => invoke('backups:backUpNow', {}))
    await get().load()
  },
  async setRetention(days) {
    set({ status: await invoke('backups:setRetention', { days }) })
  },
  async inspect(name) {
    const summary = await during(set, 'inspect', () => invoke('backups:inspect', { name }))
    set({ candidate: { summary, source: { name } } })
  },
  async chooseFile() {
    const summary = await during(set, 'inspect', () => invoke('backups:chooseFile', {}))
    if (summary) set({ candidate: { summary, source: { chosenFile: true } } })
  },
  cancelRestore: () => set({ candidate: null }),
  async confirmRestore() {
    const candidate = get().candidate
    if (!candidate) return
    await during(set, 'restore', () => invoke('backups:restore', candidate.source))
    set({ candidate: null, restarting: true })
  },
}))
