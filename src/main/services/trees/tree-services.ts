// Builds the tree library and the run log; the default trees are seeded on the first start and
// runs the app never got to close are marked abandoned. The app context spreads the result.
import type { Profile } from '../../../shared/contract'
import type { Db } from '../../db/connection'
import type { PlatformPorts } from '../../ports'
import type { Clock, IdSource } from '../clock'
import type { EventHub } from '../events'
import { authorName } from '../register/issue-register'
import { TreeLibrary } from './tree-library'
import { TreeRunLog, type RunVault } from './tree-runs'

export type TreeServices = {
  /** The shop's decision trees and their versions (shared by every profile on this PC). */
  orderTrees: TreeLibrary
  /** Each agent's runs through them; `runsPerDay` feeds the service statistics. */
  orderTreeRuns: TreeRunLog
}

type Deps = {
  db: Db
  clock: Clock
  newId: IdSource
  events: EventHub
  session: { requireProfileId(): string; current(): Profile | null }
  ports: Pick<PlatformPorts, 'clipboard' | 'external' | 'dialog'>
  vault: RunVault
}

/** `seedDefaults` false: a café copy, whose trees are the team's (no default library beside them). */
export function createTreeServices({ db, clock, newId, events, session, ports, vault }: Deps, seedDefaults = true): TreeServices {
  const orderTrees = new TreeLibrary({
    db,
    clock,
    events,
    dialog: ports.dialog,
    author: () => {
      const profile = session.current()
      return profile ? { id: profile.id, name: authorName(profile) } : { id: null, name: '' }
    },
  })
  if (seedDefaults) orderTrees.seedDefaults()
  const orderTreeRuns = new TreeRunLog({
    db,
    clock,
    newId,
    session,
    agentId: () => session.current()?.agentId ?? '',
    library: orderTrees,
    clipboard: ports.clipboard,
    external: ports.external,
    vault,
  })
  orderTreeRuns.closeLeftOpen()
  return { orderTrees, orderTreeRuns }
}
