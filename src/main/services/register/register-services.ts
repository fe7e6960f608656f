// Builds the issue register and its drafts, wired to each other; the app context spreads the
// result into AppServices. The register writes into the one search index through its own
// notebook handle and adds its report section there (services/search, services/report).
import type { Db } from '../../db/connection'
import type { PlatformPorts } from '../../ports'
import type { PrivateVault } from '../at-rest/private-vault'
import type { Clock, IdSource } from '../clock'
import type { EventHub } from '../events'
import type { ProfileService } from '../profiles'
import type { NotebookIndex } from '../search/notebook-index'
import type { Session } from '../session'
import { DraftService } from './drafts'
import { IssueRegisterService } from './issue-register'
import { RegisterRepository } from './register-repository'

export type RegisterServices = {
  drafts: DraftService
  issueRegister: IssueRegisterService
}

type Deps = {
  db: Db
  clock: Clock
  newId: IdSource
  session: Session
  profiles: ProfileService
  events: EventHub
  ports: PlatformPorts
  searchIndex: NotebookIndex
  vault: Pick<PrivateVault, 'seal' | 'reveal' | 'state' | 'onFirstSeal' | 'onOpen'>
}

export function createRegisterServices({ db, clock, newId, session, profiles, events, ports, searchIndex, vault }: Deps): RegisterServices {
  const drafts = new DraftService(db, clock, session, vault)
  const rows = new RegisterRepository(db, vault)
  const issueRegister = new IssueRegisterService({ rows, clock, newId, session, profiles, searchIndex, drafts, events, notifier: ports.notifier, vault })
  // Setting her passphrase seals the entries and drafts she already has; signing in with it seals
  // the entries that a download brought while her key was closed (IssueRegisterService.indexArrived).
  vault.onFirstSeal((profileId) => {
    rows.sealStored(profileId)
    drafts.sealStored(profileId)
  })
  vault.onOpen((profileId) => issueRegister.sealArrivedWhileClosed(profileId))
  return { drafts, issueRegister }
}
