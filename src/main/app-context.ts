// The composition root shared by Electron, the end-to-end test server and the benchmarks:
// it opens the data folder, preferences and database, and builds every service from them.
import { join } from 'node:path'
import type { AtRestStatus } from '../shared/ipc/at-rest'
import type { DatabaseKey } from './db/cipher'
import type { Db } from './db/connection'
import { BACKUPS_DIR } from './db/backup-files'
import { ensureWritableDir } from './data-dir'
import { createHandlers } from './ipc/handlers'
import type { HandlerMap } from './ipc/types'
import { systemClock, systemScheduler, timeOrderedIds, type Clock, type IdSource, type Scheduler } from './services/clock'
import { EventHub } from './services/events'
import { ServiceEvents } from './services/service-events'
import { SettingsService } from './services/settings/settings-service'
import { NoticeBoard } from './services/notices'
import { ProfileService } from './services/profiles'
import { Session } from './services/session'
import { sessionBoundSaveDialog } from './services/session-bound-dialog'
import { LockHygiene } from './services/lock-hygiene'
import { AutoLock } from './services/auto-lock'
import { handoverReportSection } from './services/handover/handover-report'
import { HandoverService } from './services/handover/handover-service'
import { LockSettingsService } from './services/lock-settings'
import { OrderRemarkService } from './services/order-remark'
import { PinLock } from './services/pin-lock'
import { ShiftScheduleService } from './services/shifts'
import { withChannelPolicies } from './ipc/policy'
import { PresenceDays } from './services/presence/presence-days'
import { PresenceService } from './services/presence/presence-service'
import { createRegisterServices, type RegisterServices } from './services/register/register-services'
import { REGISTER_NOTEBOOK } from './services/register/issue-register'
import { registerReportProvider } from './services/register/register-report'
import { ReportService } from './services/report/report-service'
import { LeadRoles } from './services/lead/lead-roles'
import { LeadService } from './services/lead/lead-service'
import { leadReportProvider } from './services/lead/lead-report'
import { leadSourceFor, localLeadSource } from './services/lead/lead-source'
import { isTeamLead, teamLeadSource, teamRoleOf } from './services/lead/team-lead-source'
import { notebookIndex } from './services/search/notebook-index'
import { SearchIndexService } from './services/search/search-index'
import { SearchUpkeep } from './services/search/search-upkeep'
import { HANDOVER_NOTEBOOK } from './services/handover/handover-search'
import { ServiceStats, type ServiceStatsDeps } from './services/stats/service-stats'
import { statsReportProvider } from './services/stats/stats-report'
import { BackupService } from './services/backups/backup-service'
import { openBackupSettings } from './services/backups/backup-settings'
import { openAgentDatabase } from './services/backups/open-agent-database'
import { OverwriteNotices } from './services/replies/overwrite-notices'
import { openQuickReplies, type QuickReplyService } from './services/replies/quick-replies'
import type { TreeLibrary } from './services/trees/tree-library'
import type { TreeRunLog } from './services/trees/tree-runs'
import { createTreeServices, type TreeServices } from './services/trees/tree-services'
import { HotkeyBoard } from './services/hotkeys/hotkey-board'
import { HotkeySettingsStore } from './services/hotkeys/hotkey-settings'
import type { PlatformPorts } from './ports'
import { openPreferences, type KeyValueStoreClass, type PreferencesPort } from './settings'
import { AtRestService } from './services/at-rest/at-rest-service'
import { PrivateVault } from './services/at-rest/private-vault'
import { SealedDownloadLog } from './services/sync/sealed-download-log'
import type { KdfParams } from './services/at-rest/key-wrap'
import type { SyncPortFactory } from './services/sync/power-sync-port'
import { syncOff, type SyncPort } from './services/sync/sync-port'
import { ArrivalQueue } from './services/sync/arrival-queue'
import type { IssueRegisterService } from './services/register/issue-register'
import { teamCall } from './services/sync/team-connector'
import { TeamService } from './services/team/team-service'

export const DATABASE_FILE = 'shiftdesk.db'

export type AppContextOptions = {
  dataDir: string
  /** electron-store in the app; its base class `conf` where Electron is absent. */
  Store: KeyValueStoreClass
  version: string
  platform: string
  ports: PlatformPorts
  clock?: Clock
  /** Every timer in main; nothing is scheduled until background work is started (main/background-work.ts). */
  scheduler?: Scheduler
  newId?: IdSource
  /** The shop database's key when protection at rest is on (services/at-rest); absent: plaintext. */
  databaseKey?: DatabaseKey
  /** What Settings says about encryption at rest; main/index.ts passes what platform/at-rest-key.ts found. */
  atRest?: AtRestStatus
  /** Team sync (docs/desktop-sync.md), made over the opened database; absent: a build without it, where joining a team is refused and every write stays local. */
  sync?: SyncPortFactory
  /** The data folder was just encrypted before opening (main/open-app.ts): the agent is told once. */
  encryptedAtStart?: boolean
  /** The KDF for new wraps (recovery code, passphrase); tests lower it, the app keeps AT_REST_KDF. */
  atRestKdf?: KdfParams
  /** The default replies and trees on a new data folder (default on); a café copy (services/cafe/) takes the team's instead. */
  seedDefaults?: boolean
  /** Parse every renderer event's payload against the contract before it leaves (default on; packaged builds turn it off). */
  checkEventPayloads?: boolean
}

export type AppServices = {
  info: { version: string; dataDir: string; databaseFile: string; platform: string }
  db: Db
  clock: Clock
  scheduler: Scheduler
  ports: PlatformPorts
  /** The renderer's projection: main-to-renderer events only (see services/events.ts). */
  events: EventHub
  /** Service-to-service events (see services/service-events.ts). */
  serviceEvents: ServiceEvents
  /** Every setting as typed sections with one change event; which live per PC and which in the database: services/settings/settings-service.ts. */
  settings: SettingsService
  notices: NoticeBoard
  /** Settings' encryption card: status, recovery code, start-up passphrase (services/at-rest/at-rest-service.ts). */
  atRest: AtRestService
  prefs: PreferencesPort
  profiles: ProfileService
  vault: PrivateVault
  session: Session
  pins: PinLock
  lockSettings: LockSettingsService
  autoLock: AutoLock
  shifts: ShiftScheduleService
  handover: HandoverService
  orderRemarks: OrderRemarkService
  presence: PresenceService
  serviceStats: ServiceStats
  backups: BackupService
  quickReplies: QuickReplyService
  /** Notices that a colleague's later edit replaced this agent's version of a shared reply (team sync). */
  overwriteNotices: OverwriteNotices
  /** Full-text search over every notebook; each notebook writes through its own handle (services/search/notebook-index.ts). */
  searchIndex: SearchIndexService
  /** The index's upkeep timer, started with the other background work (main/background-work.ts). */
  searchUpkeep: SearchUpkeep
  /** The lead's report; each notebook adds its part with report.addSection (services/report/sections.ts). */
  report: ReportService
  /** The 组长 view of every profile's figures (services/lead/). */
  lead: LeadService
  /** The lead's team report: the lead view through the report room's writers (services/lead/lead-report.ts). */
  teamReport: ReportService
  /** Quick capture's hotkey (the others live in their feature's settings). */
  hotkeySettings: HotkeySettingsStore
  /** What Settings shows about every global hotkey, as platform/hotkey-registry.ts last reported. */
  hotkeyBoard: HotkeyBoard
  /** The team port (off on a PC without a team); the team service drives it. */
  sync: SyncPort
  /** Main's upkeep of the rows a download wrote, a slice at a time (sync/arrival-queue.ts). */
  syncArrivals: ArrivalQueue
  /** Joining, leaving and the sync state of the signed-in profile (services/team/). */
  team: TeamService
} & RegisterServices &
  TreeServices

export type AppContext = { services: AppServices; handlers: HandlerMap; close(): void }

type Storage = { prefs: PreferencesPort; db: Db; databaseFile: string; databaseKey: DatabaseKey; backupsDir: string }

/**
 * The one place that opens what is stored: the preferences file and the agent database (with
 * its recovery from backups). Everything after this only receives the opened stores.
 */
function openStorage(options: AppContextOptions, clock: Clock, notices: NoticeBoard): Storage {
  ensureWritableDir(options.dataDir)
  const { prefs, damagedFileKeptAt } = openPreferences(options.Store, options.dataDir, () => clock.now())
  if (damagedFileKeptAt) notices.post('warning', 'preferences-reset', { file: damagedFileKeptAt })
  const databaseFile = join(options.dataDir, DATABASE_FILE)
  const backupsDir = join(options.dataDir, BACKUPS_DIR)
  const databaseKey = options.databaseKey ?? null
  const db = openAgentDatabase(databaseFile, backupsDir, clock, notices, databaseKey, options.encryptedAtStart ?? false)
  return { prefs, db, databaseFile, databaseKey, backupsDir }
}

/** The preferences file as the settings service's 'preferences' section: a change of language or last profile is reported. */
function reportingPreferences(prefs: PreferencesPort, settings: SettingsService): PreferencesPort {
  const own = () => {
    const { language, lastProfileId } = prefs.get()
    return { language, lastProfileId }
  }
  const changed = settings.register('preferences', own)
  return {
    get: () => prefs.get(),
    update(patch) {
      const saved = prefs.update(patch)
      if (patch.language !== undefined || patch.lastProfileId !== undefined) changed(own())
      return saved
    },
  }
}

/** Stats count online time from the presence log. */
function onlineTimeFrom(presence: PresenceService): NonNullable<ServiceStatsDeps['onlineMs']> {
  return (profileId, from, to) => presence.totals(profileId, from, to).onlineMs
}

/** Stats count customers an agent guided through an order tree to the end. */
function finishedGuidedRunsFrom(runs: TreeRunLog): NonNullable<ServiceStatsDeps['guidedRuns']> {
  return (from, to) => runs.runsPerDay(from, to).reduce((sum, day) => sum + day.finished, 0)
}

/** Every synced notebook's write seam tells the port of its commits; rows that sync brings in reach each notebook's upkeep. */
function connectSync(
  sync: SyncPort,
  db: Db,
  notices: NoticeBoard,
  downloadLog: SealedDownloadLog,
  notebooks: {
    quickReplies: QuickReplyService
    issueRegister: IssueRegisterService
    overwriteNotices: OverwriteNotices
    orderTrees: TreeLibrary
    shifts: ShiftScheduleService
    handover: HandoverService
    stats: ServiceStats
    presenceDays: PresenceDays
    presence: PresenceService
    /** The team's figures or shared entries reached a lead's PC. */
    leadArrived: () => void
  },
): ArrivalQueue {
  // A change to a team-linked agent's presence updates the totals of the work days it touched.
  notebooks.presence.log.seam.observe((changes) => {
    for (const change of changes) if (change.table === 'presence_changes') notebooks.presenceDays.afterChange(change.id)
  })
  const seams = [notebooks.stats.rows.seam, notebooks.presenceDays.seam, notebooks.quickReplies.rows.seam, notebooks.issueRegister.rows.seam, notebooks.overwriteNotices.seam, notebooks.orderTrees.rows.seam, notebooks.shifts.rows.seam, notebooks.handover.rows.seam]
  for (const seam of seams) seam.observe(() => sync.localWrite())
  // Rows a download wrote reach their notebook's upkeep a slice at a time (sync/arrival-queue.ts).
  const arrivals = new ArrivalQueue(db, [
    {
      table: 'replies',
      heardFrom: ['replies'],
      take: (ids) => {
        notebooks.quickReplies.keyArrived(ids)
        downloadLog.sealArrived('replies', ids)
      },
      settled: () => notebooks.quickReplies.changedElsewhere(),
    },
    {
      table: 'register_entries',
      heardFrom: ['register_entries'],
      take: (ids) => {
        notebooks.issueRegister.indexArrived(ids)
        downloadLog.sealArrived('register_entries', ids)
      },
      settled: () => notebooks.issueRegister.announceArrived(),
    },
    { table: 'trees', heardFrom: ['trees'], take: (ids) => notebooks.orderTrees.syncArrived(ids) },
    { table: 'shift_schedule', heardFrom: ['shift_schedule'], take: (ids) => notebooks.shifts.syncArrived(ids) },
    { table: 'handover_items', heardFrom: ['handover_items', 'handover_events'], take: (ids) => notebooks.handover.syncArrived(ids) },
    { table: 'handover_records', heardFrom: ['handover_records'], take: (ids) => notebooks.handover.recordsArrived(ids) },
  ])
  sync.onArrived((tables) => {
    if (tables.includes('reply_overwrites')) {
      notebooks.overwriteNotices.syncArrived()
      downloadLog.sealArrived('reply_overwrites')
    }
    arrivals.arrived(tables)
    if (tables.includes('team_lead_summaries') || tables.includes('team_shared_entries')) notebooks.leadArrived()
  })
  sync.onRefusal((refusal) => {
    const taken = notebooks.handover.syncRefused(refusal)
    if (taken) notices.post('warning', 'handover-taken-first', taken)
  })
  arrivals.resumeNoted()
  return arrivals
}

export function createAppContext(options: AppContextOptions): AppContext {
  const clock = options.clock ?? systemClock
  const scheduler = options.scheduler ?? systemScheduler
  const newId = options.newId ?? timeOrderedIds(clock)
  const { platform } = options
  // What the renderer is told, and (separately) what services tell each other.
  const events = new EventHub({ checkPayloads: options.checkEventPayloads ?? true })
  const serviceEvents = new ServiceEvents()
  // Every setting, one change event (each section's store registers as it is built).
  const settings = new SettingsService()
  const notices = new NoticeBoard(clock, newId, events)
  const { prefs: storedPrefs, db, databaseFile, databaseKey, backupsDir } = openStorage(options, clock, notices)
  const prefs = reportingPreferences(storedPrefs, settings)

  // Who is at the PC: profiles, PINs and the session that every notebook scopes its rows by. A
  // profile with a personal passphrase has its private text sealed by the vault (docs/security.md).
  const vault = new PrivateVault(db, options.atRestKdf)
  const profiles = new ProfileService(db, clock, newId, vault)
  const lockSettings = new LockSettingsService(db, settings)
  const pins = new PinLock(profiles, clock)
  const leadRoles = new LeadRoles(db)
  const session = new Session(profiles, prefs, events, serviceEvents, pins, lockSettings, leadRoles, vault)
  const autoLock = new AutoLock(session, lockSettings, options.ports.idle, serviceEvents)
  const shifts = new ShiftScheduleService(db, { clock, newId, events, session })
  const schedule = () => shifts.schedule()

  // Exports ask where to save through this dialog: it refuses an answer that outlived a lock or a switch.
  // Copies go through a clipboard the lock clears while it still holds what ShiftDesk put there.
  const hygiene = new LockHygiene(db, options.ports.clipboard, serviceEvents)
  const ports: PlatformPorts = { ...options.ports, dialog: sessionBoundSaveDialog(options.ports.dialog, session), clipboard: hygiene.trackingClipboard() }

  // The rooms every notebook contributes to: one search index, one report.
  const searchIndex = new SearchIndexService(db, session, vault)
  const report = new ReportService({ clock, events, session, profiles, dialog: ports.dialog, pdf: ports.pdf })

  // The notebooks.
  const register = createRegisterServices({ db, clock, newId, session, profiles, events, ports, searchIndex: notebookIndex(searchIndex, REGISTER_NOTEBOOK), vault })
  const trees = createTreeServices({ db, clock, newId, events, session, ports, vault }, options.seedDefaults ?? true)
  const handover = new HandoverService(db, clock, newId, session, shifts, notebookIndex(searchIndex, HANDOVER_NOTEBOOK), events)
  const quickReplies = openQuickReplies({ db, clock, newId, session, events, settings, clipboard: ports.clipboard, window: options.ports.window, vault }, options.seedDefaults ?? true)
  const orderRemarks = new OrderRemarkService(clock, session, profiles, ports.clipboard)
  const urgentToTakeOver = () => handover.urgentToTakeOver()
  const presence = new PresenceService({ db, clock, newId, events, serviceEvents, settings, session, prefs, ports: options.ports, commands: options.ports.commands, platform, schedule, urgentToTakeOver })
  const serviceStats = new ServiceStats({
    settings,
    db,
    clock,
    newId,
    session,
    profiles,
    prefs,
    events,
    notifier: options.ports.notifier,
    vault,
    platform,
    schedule,
    onlineMs: onlineTimeFrom(presence),
    guidedRuns: finishedGuidedRunsFrom(trees.orderTreeRuns),
  })
  const backups = new BackupService({ db, clock, scheduler, databaseFile, key: databaseKey, backupsDir, settings: openBackupSettings(options.Store, options.dataDir, settings), ports: options.ports, notices, events })

  const sync = options.sync?.({ db, databaseFile, databaseKey, clock }) ?? syncOff()
  const presenceDays = new PresenceDays({ db, clock, newId, schedule, totals: (profileId, from, to) => presence.totals(profileId, from, to) })
  const overwriteNotices = new OverwriteNotices({ db, clock, session, events, clipboard: ports.clipboard, quickReplies, vault })
  const syncArrivals = connectSync(sync, db, notices, new SealedDownloadLog(db, vault), { quickReplies, issueRegister: register.issueRegister, overwriteNotices, orderTrees: trees.orderTrees, shifts, handover, stats: serviceStats, presence, presenceDays, leadArrived: () => events.emit('lead:changed', {}) })
  const team = new TeamService({ db, clock, session, serviceEvents, events, sync, vault, syncAvailable: options.sync !== undefined, call: (serverUrl) => teamCall(() => serverUrl), device: `ShiftDesk (${platform})`, repliesChanged: () => quickReplies.changedElsewhere() })

  report.addSection(registerReportProvider(register.issueRegister))
  report.addSection(statsReportProvider(serviceStats))
  report.addSection(handoverReportSection(db, shifts))

  // The 组长 view: a lead signed in to a team sees every agent of the shop, anyone else this PC's profiles.
  const localLead = localLeadSource({ profiles, stats: serviceStats.rows, presence, register: register.issueRegister.rows, hardQuestions: register.issueRegister, handover: handover.rows })
  const teamLead = teamLeadSource({ db, handover: handover.rows })
  const leadSource = leadSourceFor(() => (isTeamLead(db, session.requireProfileId()) ? teamLead : localLead))
  // An agent on a team previews what her lead's PC reads of her: the team's rows, her own among them.
  const ownSource = leadSourceFor(() => (teamRoleOf(db, session.requireProfileId()) !== null ? teamLead : localLead))
  const lead = new LeadService({ source: leadSource, ownSource, roles: leadRoles, clock, session, schedule })
  const teamReport = new ReportService({ clock, events, session, profiles, dialog: ports.dialog, pdf: ports.pdf, kind: 'team' })
  teamReport.addSection(leadReportProvider(lead))

  const services: AppServices = {
    info: { version: options.version, dataDir: options.dataDir, databaseFile, platform },
    db,
    clock,
    scheduler,
    ports: options.ports,
    events,
    serviceEvents,
    settings,
    notices,
    // main/index.ts passes what start-up found (keystore, passphrase or neither).
    atRest: new AtRestService(options.dataDir, databaseKey, options.atRest ?? (databaseKey === null ? { state: 'off', reason: 'no-keystore' } : { state: 'on', keptBy: 'os-keystore' }), options.atRestKdf),
    prefs,
    profiles,
    vault,
    session,
    pins,
    lockSettings,
    autoLock,
    shifts,
    searchIndex,
    searchUpkeep: new SearchUpkeep(searchIndex, scheduler),
    report,
    hotkeySettings: new HotkeySettingsStore(prefs, settings),
    hotkeyBoard: new HotkeyBoard(events),
    ...register,
    ...trees,
    handover,
    orderRemarks,
    presence,
    serviceStats,
    quickReplies,
    overwriteNotices,
    backups,
    sync,
    syncArrivals,
    team,
    lead,
    teamReport,
  }
  return {
    services,
    handlers: withChannelPolicies(createHandlers(services), session),
    close: () => {
      if (db.open) db.close()
    },
  }
}
