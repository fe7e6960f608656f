// Finds ways of taking a customer off the platform, which the platform punishes: QQ and
// WeChat contacts, mobile numbers, invitations to deal privately (私下交易, 私聊, 加我, 转账给我),
// and links to sites other than the shop's and the carriers'. The platform itself is the
// shop's own ground: Taobao, Tmall and Alipay addresses, their short links (m.tb.cn) and
// 淘口令 (￥AbC123￥) are never off-site. Carrier hotlines (10086, 10010, 10000) and order
// numbers are not contacts.
import { joinOverlapping, type Span } from './spans'

export type OffsiteMatch = Span & { suggestion: string }

export const DEFAULT_ALLOWED_DOMAINS: readonly string[] = ['10086.cn', '10010.com', 'ct10000.com', 'taobao.com', 'tmall.com']

/** The platform's own domains: allowed whatever the shop's list says. */
export const PLATFORM_DOMAINS: readonly string[] = ['taobao.com', 'tmall.com', 'tmall.hk', 'tb.cn', 'alipay.com', 'taobao.net', 'alicdn.com', 'fliggy.com', '1688.com']

// A 淘口令: a share code between two currency signs (or the newer （…） and /…/ forms are
// links); its letters must not be taken for a WeChat id.
const TAO_CODE = /([￥¥€$₤₳¢])[A-Za-z0-9]{6,16}\1/gu

const STAY_IN_CHAT = '有任何问题直接在旺旺上留言就好，我们会第一时间为您处理。'
const STAY_IN_SHOP = '您在本店搜索商品名称就能找到，也可以告诉我您想要的款式，我把店内的商品链接发给您。'
const STAY_ON_PLATFORM = '为了保障您的权益，请在淘宝下单付款，有问题随时在旺旺里找我们。'

const QQ = '(?:qq|扣扣|企鹅)'
const WECHAT = '(?:微信|威信|薇信|v信|weixin|wechat|vx|wx)'
// "QQ号：12345678", "vx: shop_2024", "微信是 abc123".
const ID_LEAD = '(?:\\s*(?:号码?|群))?\\s*[:：]?\\s*(?:是|为)?\\s*'

const CONTACT_PATTERNS: readonly RegExp[] = [
  new RegExp(`(?<![a-z])${QQ}${ID_LEAD}[1-9]\\d{4,11}(?!\\d)`, 'giu'),
  new RegExp(`(?<![a-z])${WECHAT}${ID_LEAD}[a-z0-9][-_a-z0-9]{4,19}(?![-_a-z0-9])`, 'giu'),
  // An invitation to add one, or a request for one, even without an id (but 增加微信支付 is
  // about paying, not contact).
  new RegExp(`(?<![增参追附])加\\s*(?:我|个|一下)?\\s*(?:的)?\\s*(?:${QQ}|${WECHAT})(?![a-z])`, 'giu'),
  new RegExp(`(?<![a-z])(?:${QQ}|${WECHAT})\\s*号`, 'giu'),
  // A mainland mobile number, spaced or dashed as people write it, but not a run of digits
  // inside a longer number such as an 18-19 digit order number.
  /(?<!\d[ -]?)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d){8}(?![ -]?\d)/g,
]

// Steering the deal away from the platform, in the words agents and customers use.
const PRIVATE_DEAL_PATTERNS: readonly RegExp[] = [
  /私下(?:交易|付款|转账|联系|沟通|聊|加)|线下(?:交易|付款|转账)|私聊|私信我|私发我/gu,
  /(?<![增参追附更])(?:添)?加我(?!们)(?:一下|好友|个人号)?/gu,
  /(?:直接)?(?:转账|打款|汇款|转钱)给我|(?:直接)?转给我(?:个人)?|(?:微信|支付宝|银行卡)转账给?我?|不走(?:淘宝|天猫|平台)|不通过(?:淘宝|天猫|平台)|绕(?:过|开)(?:淘宝|天猫|平台)|(?:淘宝|平台)外(?:交易|下单|付款)/gu,
]

// Endings common on links people paste; a word like "readme.md" or "v1.5" is not a link.
const TLDS =
  'com|cn|net|org|cc|top|xyz|vip|shop|info|me|io|co|tv|link|site|online|store|club|wang|ltd|biz|hk|tw|app|ink|fun|icu|asia|mobi|pro|work|tech|live|life|ren|xin|tk|ml|ga|cf|gq'
const HOST = '((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,24}|\\d{1,3}(?:\\.\\d{1,3}){3})'
const LINK = new RegExp(
  `(?<![\\w.@-])(https?:\\/\\/)?(?:[\\w.+-]+@)?${HOST}(?::\\d+)?(?:[/?#][\\x21-\\x7e]*)?`,
  'giu',
)
const KNOWN_TLD = new RegExp(`\\.(?:${TLDS})$`, 'i')
const IP_ADDRESS = /^[\d.]+$/
// Punctuation that ends a sentence rather than a link: "请访问 www.10010.com." 
const TRAILING = /[.,;:!?)\]'"]+$/

function isAllowed(host: string, allowedDomains: readonly string[]): boolean {
  const h = host.toLowerCase()
  return [...PLATFORM_DOMAINS, ...allowedDomains].some((d) => {
    const domain = d.toLowerCase()
    return h === domain || h.endsWith(`.${domain}`)
  })
}

function findLinks(text: string, allowedDomains: readonly string[]): { links: OffsiteMatch[]; spans: Span[] } {
  const links: OffsiteMatch[] = []
  const spans: Span[] = []
  for (const m of text.matchAll(LINK)) {
    const scheme = m[1]
    const host = m[2]!
    const isLink = scheme !== undefined ? true : !IP_ADDRESS.test(host) && KNOWN_TLD.test(host)
    if (!isLink) continue
    const span = { start: m.index, end: m.index + m[0].replace(TRAILING, '').length }
    spans.push(span)
    if (!isAllowed(host, allowedDomains)) links.push({ ...span, suggestion: STAY_IN_SHOP })
  }
  return { links, spans }
}

export function findOffsite(text: string, allowedDomains: readonly string[] = DEFAULT_ALLOWED_DOMAINS): OffsiteMatch[] {
  const { links, spans } = findLinks(text, allowedDomains)
  for (const m of text.matchAll(TAO_CODE)) spans.push({ start: m.index, end: m.index + m[0].length })
  const contacts: OffsiteMatch[] = []
  const scan = (patterns: readonly RegExp[], suggestion: string) => {
    for (const pattern of patterns) {
      for (const m of text.matchAll(pattern)) {
        const span = { start: m.index, end: m.index + m[0].length }
        // Digits inside a link (an item id in a taobao.com address) or a 淘口令 are their business.
        if (spans.some((l) => span.start < l.end && span.end > l.start)) continue
        contacts.push({ ...span, suggestion })
      }
    }
  }
  scan(CONTACT_PATTERNS, STAY_IN_CHAT)
  scan(PRIVATE_DEAL_PATTERNS, STAY_ON_PLATFORM)
  return joinOverlapping([...links, ...contacts])
}
