// The report as one printable HTML page: the PDF is printed from it, so what the lead reads on
// paper is the same table the XLSX holds. Every value is escaped; the page runs no script.
import type { Report } from '../../../shared/ipc/report'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!)
}

const STYLE = `
  body { font-family: "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-size: 10pt; color: #222; margin: 16px; }
  h1 { font-size: 16pt; margin: 0 0 4px; }
  .subtitle { color: #666; margin: 0 0 16px; }
  h2 { font-size: 12pt; margin: 20px 0 4px; border-bottom: 2px solid #1677ff; padding-bottom: 2px; }
  .summary { color: #444; margin: 0 0 6px; }
  table { border-collapse: collapse; width: 100%; table-layout: auto; }
  th, td { border: 1px solid #ccc; padding: 3px 5px; vertical-align: top; text-align: left; white-space: pre-wrap; word-break: break-word; }
  td.whole { white-space: nowrap; word-break: keep-all; }
  th { background: #f0f5ff; }
  tr { page-break-inside: avoid; }
  .empty { color: #888; }
  figure.chart { margin: 8px 0 0; page-break-inside: avoid; }
`

/** A value up to this long (an order number, 小美（KF017）, a time) is printed whole, never broken mid-word. */
const WHOLE_MAX = 24

function cell(text: string): string {
  return text.length <= WHOLE_MAX && !text.includes('\n') ? `<td class="whole">${escapeHtml(text)}</td>` : `<td>${escapeHtml(text)}</td>`
}

/** `charts`: SVG drawings by section id (report-charts.ts), placed under their section's table. */
export function writeReportHtml(report: Report, emptyText: string, charts: ReadonlyMap<string, string> = new Map()): string {
  const sections = report.sections.map((s) => {
    const head = s.columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('')
    const body = s.rows.map((row) => `<tr>${s.columns.map((c) => cell(String(row[c.key] ?? ''))).join('')}</tr>`).join('\n')
    const table = s.rows.length === 0 ? `<p class="empty">${escapeHtml(emptyText)}</p>` : `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
    // The SVG is ECharts' own output from numbers and escaped labels: no text from the report goes in unescaped.
    const chart = charts.get(s.id)
    const figure = chart ? `<figure class="chart">${chart}</figure>` : ''
    return `<section><h2>${escapeHtml(s.title)}</h2>${s.summary ? `<p class="summary">${escapeHtml(s.summary)}</p>` : ''}${table}${figure}</section>`
  })
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(report.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(report.title)}</h1><p class="subtitle">${escapeHtml(report.subtitle)}</p>
${sections.join('\n')}
</body></html>
`
}
