// Who saved each version of a tree, as the history shows it: a profile's name, the app for the
// shipped trees, and "a teammate on another PC" for a version that came from the team whose
// author has no profile on this PC.
import { render, screen } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import type { TreeVersionInfo } from '../../../src/shared/ipc/trees'
import { VersionsModal } from '../../../src/renderer/features/trees/editor/VersionsModal'
import { initI18n } from '../../../src/renderer/i18n'
import { installFakeDesk } from '../helpers/fake-desk'

describe('the versions of a tree', () => {
  beforeEach(() => void initI18n('zh-CN'))

  it("names a teammate's version from the team apart from the shipped one", async () => {
    const versions: TreeVersionInfo[] = [
      { version: 3, title: '售后', savedAt: 3_000, savedBy: '小美（KF017）', fromTeam: false },
      { version: 2, title: '售后', savedAt: 2_000, savedBy: '', fromTeam: true },
      { version: 1, title: '售后', savedAt: 1_000, savedBy: '', fromTeam: false },
    ]
    installFakeDesk({ 'trees:versions': () => versions })
    render(
      <AntApp>
        <VersionsModal treeId="after-sales" current={3} onClose={() => undefined} onRestored={() => undefined} />
      </AntApp>,
    )
    expect(await screen.findByText(/团队里的同事/)).toBeInTheDocument()
    expect(screen.getByText(/系统自带/)).toBeInTheDocument()
    expect(screen.getByText(/小美（KF017）/)).toBeInTheDocument()
  })
})
