// Builds the issue register and its drafts, wired to each other; the app context spreads the
// result into AppServices. The register writes into the one search index through its own
// notebook handle and adds its report section there (services/search, services/report).
import type { Db } from '../../db/connection'
import type { PlatformPorts } from '../../ports'
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

type Deps = { db: Db; clock: Clock; newId: IdSource; session: Session; profiles: ProfileService; events: EventHub; ports: PlatformPorts; searchIndex: NotebookIndex }

export function createRegisterServices({ db, clock, newId, session, profiles, events, ports, searchIndex }: Deps): RegisterServices {
  const drafts = new DraftService(db, clock, session)
  const issueRegister = new IssueRegisterService({ rows: new RegisterRepository(db), clock, newId, session, profiles, searchIndex, drafts, events, notifier: ports.notifier })
  return { drafts, issueRegister }
}
