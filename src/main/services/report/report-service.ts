// The report for the team lead: every registered notebook's sections for a day or a week,
// previewed on screen or exported (XLSX, CSV, PDF) to where the agent chooses. A file is
// written beside its target and renamed into place, so a failed export changes nothing.
import { randomUUID } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { DeskError, type Profile } from '../../../shared/contract'
import { REPORT_PREVIEW_PAGE, type Report, type ReportChart, type ReportErrorReason, type ReportFormat, type ReportPeriod, type ReportPeriodKey, type ReportPreview, type ReportPreviewSection, type ReportSection } from '../../../shared/ipc/report'
import type { PdfPort, SaveDialogPort } from '../../ports'
import type { Clock } from '../clock'
import type { EventHub } from '../events'
import { writeReportCsv } from './report-csv'
import { renderReportCharts } from './report-charts'
import { writeReportHtml } from './report-html'
import { reportPeriod } from './report-period'
import { reportTime } from './report-time'
import { writeReportXlsx, type ReportChartImages } from './report-xlsx'
import type { ReportContext, ReportSectionProvider } from './sections'
import { reportTexts } from './texts'

type Deps = {
  clock: Clock
  events: EventHub
  session: { requireProfileId(): string }
  profiles: { get(id: string): Profile }
  dialog: SaveDialogPort
  pdf: PdfPort
  /** 'agent' (default): the signed-in agent's own report; 'team': the lead's report of every agent. */
  kind?: 'agent' | 'team'
}

export type ExportResult = { status: 'saved'; path: string; bytes: number } | { status: 'cancelled' }

const FILTERS: Record<ReportFormat, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
}

export class ReportService {
  private readonly providers: ReportSectionProvider[] = []

  constructor(private readonly deps: Deps) {}

  /** Adds a notebook's part of the report (see sections.ts). */
  addSection(provider: ReportSectionProvider): void {
    if (this.providers.some((p) => p.id === provider.id)) throw new Error(`Report section ${provider.id} is registered twice.`)
    this.providers.push(provider)
    this.providers.sort((a, b) => a.order - b.order)
  }

  sectionIds(): string[] {
    return this.providers.map((p) => p.id)
  }

  /** The times of the period the agent picked, on main's clock, labelled in the agent's language. */
  periodFor(key: ReportPeriodKey): ReportPeriod {
    return reportPeriod(key, reportTexts(this.deps.profiles.get(this.deps.session.requireProfileId()).language).through)
  }

  async build(period: ReportPeriod, onProgress: (done: number, total: number) => void = () => undefined): Promise<Report> {
    const profile = this.deps.profiles.get(this.deps.session.requireProfileId())
    const time = (ms: number | null) => reportTime(ms, period.utcOffsetMinutes)
    const context: ReportContext = { profile, period, language: profile.language, time }
    const sections: ReportSection[] = []
    for (const [i, provider] of this.providers.entries()) {
      sections.push(...(await provider.sections(context)))
      onProgress(i + 1, this.providers.length)
    }
    const texts = reportTexts(profile.language)
    const agent = profile.agentId ? `${profile.displayName}（${profile.agentId}）` : profile.displayName
    const title = this.deps.kind === 'team' ? texts.teamTitle : texts.title
    return { title, subtitle: texts.subtitle(agent, period.label, time(this.deps.clock.now())), sections }
  }

  /** The report on screen: each section with its first page of rows (see REPORT_PREVIEW_PAGE). */
  async preview(period: ReportPeriod): Promise<ReportPreview> {
    const report = await this.build(period)
    return { ...report, period: period.label, sections: report.sections.map((section) => pageOf(section, 0)) }
  }

  async previewPage(period: ReportPeriod, sectionId: string, page: number): Promise<ReportPreviewSection> {
    const section = (await this.build(period)).sections.find((s) => s.id === sectionId)
    if (!section) throw new DeskError('not-found', `The report has no section ${sectionId}.`)
    return pageOf(section, page)
  }

  /** The report's charts, by section, for the window to draw as pictures (see ReportChartImages). */
  async charts(period: ReportPeriod): Promise<{ sectionId: string; chart: ReportChart }[]> {
    return (await this.build(period)).sections.flatMap((s) => (s.chart && s.chart.categories.length > 0 ? [{ sectionId: s.id, chart: s.chart }] : []))
  }

  /**
   * Renders the report in `format`; progress is reported as `report:progress` events. `charts`:
   * the sections' charts as the window drew them, placed in the XLSX (the PDF draws its own).
   */
  async render(period: ReportPeriod, format: ReportFormat, charts: ReportChartImages = new Map()): Promise<Uint8Array> {
    const progress = (stage: 'collect' | 'write', done: number, total: number) => this.deps.events.emit('report:progress', { stage, done, total })
    const report = await this.build(period, (done, total) => progress('collect', done, total))
    const texts = reportTexts(this.deps.profiles.get(this.deps.session.requireProfileId()).language)
    if (format === 'xlsx') return writeReportXlsx(report, texts.overview, (done, total) => progress('write', done, total), charts)
    if (format === 'csv') return new TextEncoder().encode(writeReportCsv(report))
    const pdf = await this.deps.pdf.render(writeReportHtml(report, texts.empty, await renderReportCharts(report)))
    progress('write', 1, 1)
    return pdf
  }

  async export(period: ReportPeriod, format: ReportFormat, charts: ReportChartImages = new Map()): Promise<ExportResult> {
    const profile = this.deps.profiles.get(this.deps.session.requireProfileId())
    const texts = reportTexts(profile.language)
    const stem = this.deps.kind === 'team' ? texts.teamFileStem : texts.fileStem
    const defaultName = `${stem}-${safeFilePart(profile.displayName)}-${safeFilePart(period.label)}.${format}`
    const path = await this.deps.dialog.chooseSavePath({ defaultName, filters: [FILTERS[format]] })
    if (path === null) return { status: 'cancelled' }
    const bytes = await this.render(period, format, charts)
    this.deps.events.emit('report:progress', { stage: 'save', done: 0, total: 1 })
    await writeBeside(path, bytes)
    this.deps.events.emit('report:progress', { stage: 'done', done: 1, total: 1 })
    return { status: 'saved', path, bytes: bytes.byteLength }
  }
}

function pageOf(section: ReportSection, page: number): ReportPreviewSection {
  const start = page * REPORT_PREVIEW_PAGE
  return { ...section, rows: section.rows.slice(start, start + REPORT_PREVIEW_PAGE), rowCount: section.rows.length, page }
}

/** Letters a file name may hold on Windows too. */
function safeFilePart(text: string): string {
  const printable = [...text].filter((ch) => ch.charCodeAt(0) >= 0x20).join('')
  return printable.replace(/[<>:"/\\|?*]+/g, '_').replace(/\s+/g, '').slice(0, 60)
}

async function writeBeside(path: string, bytes: Uint8Array): Promise<void> {
  const partial = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.partial`)
  try {
    await writeFile(partial, bytes)
    await rename(partial, path)
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined)
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
    throw new DeskError('storage-failed', `Cannot write ${path}: ${code}.`, { reason: 'export-folder' satisfies ReportErrorReason, folder: dirname(path), code })
  }
}
