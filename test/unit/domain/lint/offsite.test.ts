import { describe, expect, it } from 'vitest'
import { DEFAULT_ALLOWED_DOMAINS, lintReply, lintReplyWith } from '../../../../src/shared/domain/lint'

const offsite = (text: string) => lintReply(text).filter((f) => f.kind === 'offsite').map((f) => f.match)

describe('offsite contacts and links', () => {
  it('flags QQ numbers however they are introduced, as one finding with the invitation', () => {
    expect(offsite('有事加QQ:12345678')).toEqual(['加QQ:12345678'])
    expect(offsite('我的qq号 98765432')).toEqual(['qq号 98765432'])
    expect(offsite('扣扣是123456789哦')).toEqual(['扣扣是123456789'])
  })

  it('flags WeChat ids and invitations to add WeChat', () => {
    expect(offsite('加微信聊')).toEqual(['加微信'])
    // 私聊 is steering off the platform too (see below), found as its own match.
    expect(offsite('vx: shop_2024 私聊')).toEqual(['vx: shop_2024', '私聊'])
    expect(offsite('wx：abc12345')).toEqual(['wx：abc12345'])
    expect(offsite('方便留个微信号吗')).toEqual(['微信号'])
  })

  it('does not mistake paying by WeChat for a contact', () => {
    expect(offsite('支持微信支付和支付宝')).toEqual([])
    expect(offsite('店铺新增加微信支付')).toEqual([])
  })

  it('flags mainland mobile numbers, spaced or dashed', () => {
    expect(offsite('电话13812345678')).toEqual(['13812345678'])
    expect(offsite('打 138 1234 5678 找我')).toEqual(['138 1234 5678'])
    expect(offsite('号码 +86 159-1234-5678')).toEqual(['+86 159-1234-5678'])
  })

  it('does not take order numbers or carrier hotlines for mobile numbers', () => {
    expect(offsite('订单号 1398765432101234567 已发货')).toEqual([])
    expect(offsite('订单编号：139876543210123456')).toEqual([])
    expect(offsite('请拨打移动10086、联通10010或电信10000查询')).toEqual([])
  })

  it('flags links and bare domains outside the allow-list, including e-mail addresses', () => {
    expect(offsite('去 https://cheap-shop.example.net/item?id=1 买')).toEqual(['https://cheap-shop.example.net/item?id=1'])
    expect(offsite('上 haohuo.cn 下单更便宜。')).toEqual(['haohuo.cn'])
    expect(offsite('发到 12345@qq.com')).toEqual(['12345@qq.com'])
  })

  it('allows the carriers’ and the platform’s sites and their subdomains, with a trailing full stop outside', () => {
    expect(offsite('可在 www.10086.cn、www.10010.com 或 www.ct10000.com 查询')).toEqual([])
    expect(offsite('链接：https://item.taobao.com/item.htm?id=13812345678 和 detail.tmall.com')).toEqual([])
    expect(offsite('请访问 evil.com.')).toEqual(['evil.com'])
  })

  it('does not read version numbers or file names as links', () => {
    expect(offsite('升级到 v1.5，附件 readme.md 和 图片.jpg')).toEqual([])
  })

  it('takes a configurable allow-list', () => {
    const text = '官网 myshop.com 有说明'
    expect(lintReplyWith(text, { allowedDomains: [...DEFAULT_ALLOWED_DOMAINS, 'myshop.com'] })).toEqual([])
    expect(lintReplyWith(text).map((f) => f.match)).toEqual(['myshop.com'])
    expect(lintReplyWith('去 jd.com 看看', { allowedDomains: ['myshop.com'] }).map((f) => f.kind)).toEqual(['offsite'])
    // The platform is the shop's own ground whatever the list says.
    expect(lintReplyWith('去 tmall.com 看看', { allowedDomains: ['myshop.com'] })).toEqual([])
  })

  it('suggests keeping the conversation in the shop', () => {
    for (const f of lintReply('加微信 或上 haohuo.cn')) {
      expect(f.suggestion).toBeTruthy()
      expect(lintReply(f.suggestion!)).toEqual([])
    }
  })

  it("treats Taobao, Tmall and Alipay addresses, short links and 淘口令 as the shop's own", () => {
    expect(offsite('复制链接 https://m.tb.cn/h.5Xyz12Ab 打开手机淘宝')).toEqual([])
    expect(offsite('店铺首页 shop123456.taobao.com，天猫 https://detail.tmall.com/item.htm?id=1，支付宝 www.alipay.com')).toEqual([])
    expect(offsite('复制这条淘口令 ￥vx8AbC12Qd￥ 打开手机淘宝即可下单')).toEqual([])
    expect(offsite('(€wxAbCd1234€)')).toEqual([])
  })

  it('catches steering the deal away from the platform', () => {
    expect(offsite('我们可以私下交易，便宜点')).toEqual(['私下交易'])
    expect(offsite('有事私聊')).toEqual(['私聊'])
    expect(offsite('加我，给你优惠')).toEqual(['加我'])
    expect(offsite('直接转账给我就行')).toEqual(['直接转账给我'])
    expect(offsite('不走淘宝的话可以再便宜')).toEqual(['不走淘宝'])
    for (const f of lintReply('私下交易更便宜')) expect(lintReply(f.suggestion!)).toEqual([])
  })

  it('leaves the shop inviting customers to follow it on the platform alone', () => {
    expect(offsite('欢迎加我们店铺会员，收藏本店')).toEqual([])
    expect(offsite('增加我们的库存')).toEqual([])
  })
})
