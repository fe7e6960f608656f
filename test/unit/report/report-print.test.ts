// Issue 14, Minor 18: the printed report never breaks an order number or a name like 小美（KF017）
// in the middle; long text still wraps.
import { describe, expect, it } from 'vitest'
import { writeReportHtml } from '../../../src/main/services/report/report-html'

describe('the printable report', () => {
  it('keeps short values whole and lets long text wrap', () => {
    const long = '顾客说包裹显示已签收但本人没有收到，已联系快递公司核实，等待回复后再告诉顾客结果。'
    const html = writeReportHtml(
      {
        title: '日报',
        subtitle: '2026-12-06',
        sections: [
          {
            id: 's',
            title: '跟进',
            summary: '',
            columns: [
              { key: 'orderNo', header: '订单号' },
              { key: 'createdBy', header: '记录人' },
              { key: 'text', header: '问题' },
            ],
            rows: [{ orderNo: '4012345678901234567', createdBy: '小美（KF017）', text: long }],
          },
        ],
      },
      '无',
    )
    expect(html).toContain('<td class="whole">4012345678901234567</td>')
    expect(html).toContain('<td class="whole">小美（KF017）</td>')
    expect(html).toContain(`<td>${long}</td>`)
    expect(html).toMatch(/td\.whole \{ white-space: nowrap;/)
  })
})
