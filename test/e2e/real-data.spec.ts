// A new shop's first hour with its own data: Qianniu phrase lists as Excel workbooks and as
// GBK "CSV" from Chinese Excel, brought in through the import dialog's file picker.
import ExcelJS from 'exceljs'
import { resolve } from 'node:path'
import { encodeGbk } from '../helpers/gbk'
import { createFirstProfile, expect, test } from './fixtures'

const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots')

async function qianniuWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.addWorksheet('说明').addRow(['本表由千牛快捷短语导出，第二张表是短语'])
  const phrases = book.addWorksheet('快捷短语')
  phrases.addRow(['分组名称', '快捷编码', '短语内容', '是否加入团队'])
  phrases.addRow(['售后', '退换', '亲，收到货七天内可以无理由退换，请保持吊牌完好哦', '是'])
  phrases.addRow(['物流', '查件', '亲，快递单号已经发您了，可以在订单详情里查看物流', '是'])
  phrases.addRow(['售前', 'ｖｉｐ', '亲，店铺会员下单享九五折～', '否'])
  phrases.addRow(['活动', '满减 活动', '亲，全店满300减40，可以和店铺券一起用', '否'])
  return Buffer.from(await book.xlsx.writeBuffer())
}

test.describe('a shop brings its own data', () => {
  test('a Qianniu workbook is imported from the sheet the agent picks, and its phrases are found by their Chinese codes', async ({ app, server }) => {
    test.skip(!server, 'needs the test server ports')
    await createFirstProfile(app)
    await app.getByTestId('import-replies').click()
    const dialog = app.getByRole('dialog', { name: '导入快捷回复' })
    await dialog.locator('input[type=file]').setInputFiles({
      name: '千牛快捷短语.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await qianniuWorkbook(),
    })
    // The first sheet is a cover note: the preview says what it found there, and offers the others.
    await expect(dialog.getByTestId('import-problems')).toContainText('读不懂这个文件')
    await dialog.getByTestId('import-sheet').click()
    await app.locator('.ant-select-item-option', { hasText: '快捷短语' }).click()

    const problems = dialog.getByTestId('import-problems')
    await expect(problems).toContainText('有 1 处在导入时会自动修正')
    await expect(problems.getByRole('row', { name: /第 5 行/ })).toContainText('满减 活动')
    await expect(dialog.getByTestId('import-encoding')).toContainText('XLSX')
    await expect(dialog.getByRole('cell', { name: '收到货七天内可以无理由退换', exact: true })).toBeVisible()
    await app.screenshot({ path: resolve(SCREENSHOTS, 'replies-import-qianniu-xlsx.png') })
    await dialog.getByTestId('import-confirm').click()
    await expect(app.getByText('导入完成：新增 4 条')).toBeVisible()

    const search = app.getByTestId('reply-search')
    await search.fill('退换')
    await expect(app.getByRole('option').first()).toHaveAccessibleName('收到货七天内可以无理由退换')
    await search.fill('查件')
    await expect(app.getByRole('option').first()).toHaveAccessibleName('快递单号已经发您了')
    await search.fill('vip')
    await expect(app.getByRole('option').first()).toHaveAccessibleName('店铺会员下单享九五折')
  })

  test('a GBK phrase list with a refused row imports its good rows only when the agent chooses so', async ({ app, server }) => {
    test.skip(!server, 'needs the test server ports')
    await createFirstProfile(app)
    const count = () => server!.context.services.db.prepare('SELECT count(*) FROM replies').pluck().get() as number
    const before = count()
    await app.getByTestId('import-replies').click()
    const dialog = app.getByRole('dialog', { name: '导入快捷回复' })
    const csv = ['分组,快捷编码,快捷短语', '售后,退款,亲，退款会在1-3个工作日原路退回', '售前,催单,急什么，排队发货', '通用,感谢,亲，感谢您的支持，欢迎下次光临'].join('\r\n')
    await dialog.locator('input[type=file]').setInputFiles({ name: '快捷短语.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeGbk(csv)) })
    await expect(dialog.getByTestId('import-problems')).toContainText('有 1 行不能导入')
    await expect(dialog.getByTestId('import-problems')).toContainText('急什么')
    await expect(dialog.getByTestId('import-confirm')).toBeDisabled()
    await dialog.getByTestId('import-skip-problems').click()
    await expect(dialog.getByTestId('import-encoding')).toContainText('GB18030')
    await expect(dialog.getByTestId('import-confirm')).toHaveText(/导入 2 条，跳过有问题的行/)
    await dialog.getByTestId('import-confirm').click()
    await expect(app.getByText('导入完成：新增 2 条')).toBeVisible()
    expect(count()).toBe(before + 2)
    await app.getByTestId('reply-search').fill('退款')
    await expect(app.getByRole('option').first()).toHaveAccessibleName('退款会在1-3个工作日原路退回')
  })
})

test.describe("the lead's report on screen", () => {
  test('shows every column of a wide section, scrolling sideways inside the table', async ({ app, server }) => {
    test.skip(!server, 'needs the test server ports')
    // An internet-café screen: narrower than the developer's.
    await app.setViewportSize({ width: 1024, height: 700 })
    await createFirstProfile(app)
    const register = server!.context.services.issueRegister
    const long = '顾客说收到的衣服少了一件，要求补发并且希望今天就发出，已经和仓库确认库存'
    register.create({ kind: 'followup', text: long, followUp: { customer: 'tb_很长很长的旺旺名字2026', orderNo: '3876543210987654321', buyerWants: long, promised: long, resolution: long } })
    await app.keyboard.press('Alt+3')
    await app.getByRole('tab', { name: '给组长的报告' }).click()
    const section = app.getByRole('region', { name: '跟进事项' })
    const headers = section.locator('thead th')
    const last = headers.last()
    const scroller = section.locator('.ant-table-content')
    // The table scrolls inside its own box instead of running past the page's right edge.
    const box = (await app.getByTestId('report-preview').boundingBox())!
    const scrollerBox = (await scroller.boundingBox())!
    expect(scrollerBox.x + scrollerBox.width).toBeLessThanOrEqual(box.x + box.width + 1)
    const page = await app.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }))
    expect(page.scroll).toBeLessThanOrEqual(page.client)
    await last.scrollIntoViewIfNeeded()
    await expect(last).toBeInViewport()
    await app.screenshot({ path: resolve(SCREENSHOTS, 'report-wide-table.png') })
  })
})
