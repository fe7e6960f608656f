// Builds the issue register, its drafts, the search index every notebook shares and the lead's
// report, wired to each other; the app context spreads the result into AppServices.
import type { Db } from '../../db/connection'
import type { PlatformPorts } from '../../ports'
import type { Clock, IdSource } from '../clock'
import type { EventHub } from '../events'
import type { ProfileService } from '../profiles'
import { ReportService } from '../report/report-service'
import { SearchIndexService } from '../search-index'
import type { Session } from '../session'
import { DraftService } from './drafts'
import { IssueRegisterService } from './issue-register'
import { registerReportProvider } from './register-report'

export type RegisterServices = {
  /** Full-text search over every notebook; other notebooks call upsert/remove (see search-index.ts). */
  searchIndex: SearchIndexService
  drafts: DraftService
  issueRegister: IssueRegisterService
  /** The lead's report; other notebooks add their part with report.addSection (see report/sections.ts). */
  report: ReportService
}

type Deps = { db: Db; clock: Clock; newId: IdSource; session: Session; profiles: ProfileService; events: EventHub; ports: PlatformPorts }

export function createRegisterServices({ db, clock, newId, session, profiles, events, ports }: Deps): RegisterServices {
  const searchIndex = new SearchIndexService(db, session)
  const drafts = new DraftService(db, clock, session)
  const issueRegister = new IssueRegisterService({ db, clock, newId, session, profiles, searchIndex, drafts, events, notifier: ports.notifier })
  const report = new ReportService({ clock, events, session, profiles, dialog: ports.dialog, pdf: ports.pdf })
  report.addSection(registerReportProvider(issueRegister))
  return { searchIndex, drafts, issueRegister, report }
}
