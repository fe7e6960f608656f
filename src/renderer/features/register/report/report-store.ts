// The report for the lead: which day or week, its preview, and an export in progress. The
// period goes to main as calendar keys; main computes its times on its own clock.
import { create } from 'zustand'
import { reportPeriodKeySchema, type ReportFormat, type ReportPeriodKey, type ReportPreview, type ReportSpan } from '../../../../shared/ipc/report'
import { invoke } from '../../../lib/desk'
import { todayKey } from '../../../lib/time'

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; format: ReportFormat; percent: number }
  | { phase: 'saved'; path: string }
  | { phase: 'failed'; error: unknown }

type ReportState = {
  span: ReportSpan
  date: string
  preview: ReportPreview | null
  /** The period `preview` was built for: its pages are asked for the same one. */
  previewPeriod: ReportPeriodKey | null
  loading: boolean
  failure: unknown
  exporting: ExportState
  setSpan(span: ReportSpan): void
  setDate(date: string): void
  loadPreview(): Promise<void>
  /** Shows page `page` (from 0) of one section: main sends a page at a time. */
  loadPage(sectionId: string, page: number): Promise<void>
  exportAs(format: ReportFormat): Promise<void>
  progress(stage: 'collect' | 'write' | 'save' | 'done', done: number, total: number): void
}

/** The period for main, or null when the date field holds no real date. */
export function periodOf(span: ReportSpan, date: string): ReportPeriodKey | null {
  const key = { span, date }
  return reportPeriodKeySchema.safeParse(key).success ? key : null
}

// Export progress in one bar: collecting 0-30%, writing 30-90%, saving 90-100%.
const STAGE_RANGE = { collect: [0, 30], write: [30, 90], save: [90, 99], done: [100, 100] } as const

export const useReport = create<ReportState>((set, get) => ({
  span: 'week',
  date: todayKey(),
  preview: null,
  previewPeriod: null,
  loading: false,
  failure: null,
  exporting: { phase: 'idle' },
  setSpan: (span) => set({ span }),
  setDate: (date) => set({ date }),
  async loadPreview() {
    const period = periodOf(get().span, get().date)
    if (!period) return
    set({ loading: true, failure: null })
    try {
      set({ preview: await invoke('report:preview', { period }), previewPeriod: period })
    } catch (failure) {
      set({ failure, preview: null, previewPeriod: null })
    } finally {
      set({ loading: false })
    }
  },
  async loadPage(sectionId, page) {
    const period = get().previewPeriod
    if (!period) return
    try {
      const section = await invoke('report:previewPage', { period, section: sectionId, page })
      const { preview, previewPeriod } = get()
      // A page that arrives after the period changed belongs to a preview no longer shown.
      if (!preview || previewPeriod !== period) return
      set({ preview: { ...preview, sections: preview.sections.map((s) => (s.id === sectionId ? section : s)) } })
    } catch (failure) {
      set({ failure })
    }
  },
  async exportAs(format) {
    const period = periodOf(get().span, get().date)
    if (!period) return
    set({ exporting: { phase: 'running', format, percent: 0 } })
    try {
      const result = await invoke('report:export', { period, format })
      set({ exporting: result.status === 'saved' ? { phase: 'saved', path: result.path } : { phase: 'idle' } })
    } catch (error) {
      set({ exporting: { phase: 'failed', error } })
    }
  },
  progress(stage, done, total) {
    const current = get().exporting
    if (current.phase !== 'running') return
    const [low, high] = STAGE_RANGE[stage]
    const percent = Math.round(low + (high - low) * (total === 0 ? 1 : done / total))
    set({ exporting: { ...current, percent: Math.max(current.percent, percent) } })
  },
}))
