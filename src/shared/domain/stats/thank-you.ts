// Recognises a customer's message that only says thank you, which closes a conversation as an
// effective answer without a reply. Deliberately strict: any question or request alongside the
// thanks ("谢谢，但是还没到账怎么办？") means the customer still needs an answer.

/** Words of thanks: at least one must be present. Spaces are removed before matching. */
const THANKS = ['谢谢', '多谢', '感谢', '谢啦', '谢了', '辛苦了', '辛苦啦', 'thankyou', 'thanks', 'thx', 'tks', '3q']

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

/** Punctuation, symbols (so ^_^ and ~ too), whitespace and emoji with their joiners and selectors. */
const DECORATION = /[\p{P}\p{S}\s\p{Extended_Pictographic}]|\u200d|\ufe0e|\ufe0f|\u20e3/gu

export function isPureThankYou(text: string): boolean {
  // NFKC folds full-width letters and punctuation (ｔｈａｎｋｓ！) into their plain forms.
  const core = text.normalize('NFKC').toLowerCase().replace(DECORATION, '')
  return ONLY_ALLOWED_WORDS.test(core) && HAS_THANKS.test(core)
}
