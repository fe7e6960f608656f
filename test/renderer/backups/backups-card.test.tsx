import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import type { BackupStatus, BackupSummary } from '../../../src/shared/ipc/backups'
import { BackupsCard } from '../../../src/renderer/features/backups/BackupsCard'
import { useBackups } from '../../../src/renderer/features/backups/backups-store'
import { initI18n, i18n } from '../../../src/renderer/i18n'
import { DeskCallError } from '../../../src/renderer/lib/desk'
import { errorMessage } from '../../../src/renderer/lib/errors'
import { installFakeDesk } from '../helpers/fake-desk'

const AT = Date.UTC(2026, 10, 22, 2, 0)
const status = (backups: BackupStatus['backups']): BackupStatus => ({ folder: '/data/backups', retentionDays: 14, lastBackupAt: backups[0]?.at ?? null, backups })
const daily = { name: 'shiftdesk-2026-11-22T02-00-00.000Z-auto.db', at: AT, kind: 'auto' as const, bytes: 300 * 1024 }
const summary: BackupSummary = {
  source: 'backup',
  file: '/data/backups/shiftdesk-2026-11-22T02-00-00.000Z-auto.db',
  takenAt: AT,
  bytes: 300 * 1024,
  version: 80,
  tables: [
    { table: 'profiles', rows: 2 },
    { table: 'register_entries', rows: 37 },
    { table: 'search_docs', rows: 37 },
    { table: 'stats_tallies', rows: 120 },
  ],
}

function renderCard() {
  return render(
    <AntApp>
      <BackupsCard />
    </AntApp>,
  )
}

describe('backups card', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useBackups.setState({ status: null, busy: null, candidate: null, restarting: false })
  })

  it('says when there is no backup yet, and backs up now on request', async () => {
    let list: BackupStatus['backups'] = []
    const desk = installFakeDesk({
      'backups:status': () => status(list),
      'backups:backUpNow': () => {
        list = [{ ...daily, kind: 'manual' }]
        return list[0]
      },
    })
    renderCard()
    expect(await screen.findByTestId('last-backup')).toHaveTextContent('还没有备份')
    await userEvent.click(screen.getByTestId('back-up-now'))
    expect(await screen.findByText('手动')).toBeInTheDocument()
    expect(screen.getByTestId('last-backup')).not.toHaveTextContent('还没有备份')
    expect(desk.calls.map((c) => c.channel)).toContain('backups:backUpNow')
  })

  it('shows what a listed backup holds per notebook and restores it only after confirmation', async () => {
    const desk = installFakeDesk({
      'backups:status': () => status([daily]),
      'backups:inspect': () => summary,
      'backups:restore': () => ({ restarting: true }),
    })
    renderCard()
    await userEvent.click(await screen.findByRole('button', { name: /恢复 .* 的备份/ }))
    const shown = await screen.findByTestId('restore-summary')
    expect(within(shown).getByText('问题登记本').closest('tr')).toHaveTextContent('37 条')
    expect(within(shown).getByText('服务统计').closest('tr')).toHaveTextContent('120 条')
    expect(within(shown).getByText('其他数据').closest('tr')).toHaveTextContent('37 条')
    expect(desk.calls.some((c) => c.channel === 'backups:restore')).toBe(false)

    await userEvent.click(screen.getByRole('button', { name: '恢复并重新启动' }))
    expect(await screen.findByTestId('restarting')).toHaveTextContent('正在重新启动')
    expect(desk.calls.find((c) => c.channel === 'backups:restore')?.input).toEqual({ name: daily.name })
  })

  it('explains why a chosen file cannot be restored', async () => {
    installFakeDesk({
      'backups:status': () => status([daily]),
      'backups:chooseFile': () => {
        throw { body: { code: 'invalid-input', message: 'no', params: { reason: 'backup-too-new' } } }
      },
    })
    renderCard()
    await userEvent.click(await screen.findByTestId('restore-from-file'))
    expect(await screen.findByText(/来自更新版本的客服工作台/)).toBeInTheDocument()
  })

  it('follows backups taken in the background', async () => {
    const desk = installFakeDesk({ 'backups:status': () => status([]) })
    renderCard()
    expect(await screen.findByTestId('last-backup')).toHaveTextContent('还没有备份')
    act(() => desk.emit('backups:changed', status([daily])))
    expect(screen.getByText('自动')).toBeInTheDocument()
  })
})

describe('storage failures in words', () => {
  it('tells the agent what to do about a full disk, a read-only folder and a disk error', () => {
    const t = initI18n('zh-CN').t
    const say = (reason: string) => errorMessage(new DeskCallError({ code: 'storage-failed', message: 'x', params: { reason } }), t)
    expect(say('disk-full')).toMatch(/磁盘已满.*还在页面上.*删除/)
    expect(say('read-only')).toMatch(/只读/)
    expect(say('io')).toMatch(/读写磁盘时出错/)
    expect(say('damaged')).toMatch(/备份与恢复/)
    expect(say('something-else')).toBe(t('errors.storage-failed'))
    void i18n.changeLanguage('en')
    expect(say('disk-full')).toMatch(/disk is full.*still on the page/)
    void i18n.changeLanguage('zh-CN')
  })
})

describe('recovery notices', () => {
  it('name the backup time in the agent\'s calendar and where the damaged file was kept', () => {
    const t = initI18n('zh-CN').t
    const text = t('notice.database-restored', { file: '/data/shiftdesk.db.corrupt-2026-11-22T03-00-00.000Z', backup: daily.name, backupAt: AT })
    expect(text).toContain('2026')
    expect(text).toContain('/data/shiftdesk.db.corrupt-2026-11-22T03-00-00.000Z')
    expect(text).not.toContain('{{')
    expect(text).not.toContain(String(AT))
  })
})
