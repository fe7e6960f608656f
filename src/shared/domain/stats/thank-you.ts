// Recognises a customer's message that closes a conversation with thanks, which counts as an
// effective answer without a reply. It counts when the message is only thanks (with the usual
// acknowledgements, address and goodbyes around it, or a thumbs-up), or thanks followed by a
// plain statement ("好的，谢谢，我等快递"). It does not count when anything after the thanks
// asks, requests or objects ("谢谢，但是还没到账怎么办？"): the customer still needs an answer.

/** Words of thanks: at least one must be present. Spaces are removed before matching. */
const THANKS = ['谢谢', '多谢', '感谢', '感恩', '谢啦', '谢了', '辛苦了', '辛苦啦', '辛苦', 'thankyou', 'thanks', 'thx', 'tks', '3q']

/** What may surround the thanks: acknowledgements, address, particles, intensifiers and goodbyes. */
const ALLOWED_AROUND = [
  '好的', '好滴', '好嘞', '好', '嗯', '哦', '噢', '喔', 'ok', 'okay', '收到', '知道了', '明白了',
  '亲', '你', '您', '们', '啦', '了', '呀', '啊', '哈', '呢', '哟', '哒', '么么哒',
  '非常', '太', '很', '十分', '万分', 'very', 'much', 'so', 'alot',
  // How Taobao customers address the shop, and how they sign off after thanking it.
  '老板', '掌柜的', '掌柜', '客服', '小姐姐', '再见', '拜拜', '拜', 'byebye', 'bye', '88',
]

// Longest words first so the alternation prefers 'thankyou' over 'thank', '好的' over '好'.
const WORDS = [...THANKS, ...ALLOWED_AROUND].sort((a, b) => b.length - a.length)
const ONLY_ALLOWED_WORDS = new RegExp(`^(?:${WORDS.join('|')})+$`)
const HAS_THANKS = new RegExp(THANKS.join('|'))

/** Emoji that say thanks or well done on their own. */
const THANKS_EMOJI = /^(?:👍|🙏|👌|🌹|💐|❤|♥|😘|🥰|🤝|💕|😊|😁)+$/u
const SKIN_TONE_AND_JOINERS = /[\u{1F3FB}-\u{1F3FF}\s]|\u200d|\ufe0e|\ufe0f/gu

/** Punctuation, symbols (so ^_^ and ~ too), whitespace and emoji with their joiners and selectors. */
const DECORATION = /[\p{P}\p{S}\s\p{Extended_Pictographic}]|\u200d|\ufe0e|\ufe0f|\u20e3/gu
const CLAUSE_BREAK = /[，,。.！!；;~～\s…]+/u

/** What makes a clause more than a statement: a question, a request, an objection. */
const QUESTION = /[?？]|吗|么$|呢$|怎么|怎样|什么|为什么|为啥|咋|几[天号点时个]|多久|多少|哪|能不能|可不可以|可以吗|是不是|有没有|会不会|要不要|请问/
const REQUEST_OR_OBJECTION = /^(?:请|麻烦|帮我|帮忙|帮|尽快|快点|赶紧|能否|希望|但是|但|可是|不过|然而|还是|还没|没有收到|没收到)/

function core(text: string): string {
  return text.toLowerCase().replace(DECORATION, '')
}

function isOnlyThanks(text: string): boolean {
  const c = core(text)
  return ONLY_ALLOWED_WORDS.test(c) && HAS_THANKS.test(c)
}

function isPlainStatement(clause: string): boolean {
  return !QUESTION.test(clause) && !REQUEST_OR_OBJECTION.test(clause.trim())
}

export function isPureThankYou(text: string): boolean {
  // NFKC folds full-width letters and punctuation (ｔｈａｎｋｓ！) into their plain forms.
  const normal = text.normalize('NFKC')
  if (isOnlyThanks(normal)) return true
  const bare = normal.replace(SKIN_TONE_AND_JOINERS, '')
  if (bare !== '' && THANKS_EMOJI.test(bare) && /👍|🙏|👌|🌹|💐|🤝/u.test(bare)) return true
  // Thanks, then plain statements: everything up to the thanks is acknowledgement, everything after only says something.
  if (QUESTION.test(normal)) return false
  const clauses = normal.split(CLAUSE_BREAK).filter((c) => core(c) !== '')
  const thanksAt = clauses.findIndex((c) => isOnlyThanks(c))
  if (thanksAt === -1) return false
  const before = clauses.slice(0, thanksAt)
  const after = clauses.slice(thanksAt + 1)
  return before.every((c) => ONLY_ALLOWED_WORDS.test(core(c))) && after.length > 0 && after.every(isPlainStatement)
}
