// Realistic generated notebook text for the register benchmark: what agents write in the
// issue register and handover (buyers, order numbers, logistics, refunds, sizes, promises),
// with enough variety in wording that the index sees a real-sized vocabulary. Deterministic.

const CUSTOMERS = ['tb_', 'xiao', 'mm_', 'jd', 'ali', 'happy', 'lucky', 'star', 'bb_', 'qq']
const PRODUCTS = ['连衣裙', '羽绒服', '卫衣', '牛仔裤', '运动鞋', '手机壳', '充电宝', '保温杯', '面膜', '口红', '话费充值', '流量包', '毛衣', '衬衫', '围巾', '双肩包', '蓝牙耳机', '数据线', '床单', '枕头']
const PROBLEMS = [
  '物流显示已签收但买家说没收到',
  '快递三天没有更新物流信息',
  '买家申请退款，理由是尺码偏小',
  '颜色和图片有色差，要求换货',
  '收到的商品有破损，已拍照',
  '发错了款式，要补发正确的',
  '赠品漏发，买家要求补寄',
  '七天无理由退货，运费谁承担',
  '充值一直显示充值中，没有到账',
  '发票抬头写错了，需要重开',
  '买家催发货，说急着用',
  '地址填错了，要改收货地址',
  '质量问题，开线起球',
  '优惠券没有用上，要求退差价',
  '预售商品什么时候发货',
  '想换大一码，库存确认中',
  '买家说尺码表不准确',
  '退货寄回后一直没有退款',
  '快递员态度不好，投诉',
  '拒收后包裹退回仓库',
]
const WANTS = ['补发', '退款', '换货', '退差价', '加急发货', '重开发票', '改地址', '部分退款', '补偿优惠券', '上门取件']
const PROMISES = ['明天中午前回复', '今天下班前联系快递', '到仓库核实后回电', '两小时内给答复', '明天安排补发顺丰', '退款一到三个工作日到账', '已备注加急，今天发出', '和主管确认后再联系']
const LINKS = ['客户说', '另外', '已经', '需要', '但是', '主管说', '仓库反馈', '查询后发现', '买家要求', '按规定']
// Common characters for free text around the phrases, so not every bigram comes from the list above.
const COMMON = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严'

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type GeneratedNote = { title: string; body: string; orderNo: string; kind: 'question' | 'idea' | 'followup' }

export function noteGenerator(seed: number): (i: number) => GeneratedNote {
  const random = rng(seed)
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const filler = (n: number) => {
    let s = ''
    for (let k = 0; k < n; k++) s += COMMON[Math.floor(random() * COMMON.length)]
    return s
  }
  return (i) => {
    const orderNo = `40${String(1_000_000_000 + i).padStart(10, '0')}${String(Math.floor(random() * 1e7)).padStart(7, '0')}`
    const product = pick(PRODUCTS)
    const problem = pick(PROBLEMS)
    const roll = random()
    const kind = roll < 0.4 ? 'followup' : roll < 0.85 ? 'question' : 'idea'
    const title = kind === 'followup' ? `${product}：${problem}` : `${pick(LINKS)}${product}${filler(4 + Math.floor(random() * 6))}，${problem}？`
    const body =
      kind === 'followup'
        ? `${pick(CUSTOMERS)}${Math.floor(random() * 100000)} 订单 ${orderNo}\n${pick(LINKS)}${filler(6 + Math.floor(random() * 10))}，买家要${pick(WANTS)}。承诺${pick(PROMISES)}。`
        : `${pick(LINKS)}${filler(8 + Math.floor(random() * 16))}，${pick(PROMISES)}。`
    return { title, body, orderNo, kind }
  }
}

/** Two-character words agents search for: most very common here (5-28% of notes), a few rare or absent. */
export const TWO_CHAR_QUERIES = ['物流', '退款', '尺码', '赠品', '发票', '签收', '补发', '快递', '色差', '起球', '主管', '预售', '库存', '投诉', '拒收', '破损', '运费', '优惠', '抬头', '充值', '过敏', '保修', '海关', '漏液']
/** Three or more characters: phrases from the notes. */
export const LONG_QUERIES = ['已签收', '七天无理由', '申请退款', '收货地址', '退差价', '没有到账', '两小时内', '尺码表', '要求补寄', '上门取件', '加急发货', '蓝牙耳机', '开线起球', '重开发票', '仓库核实', '话费充值', '保温杯', '退回仓库', '色差换货', '到账时间']
