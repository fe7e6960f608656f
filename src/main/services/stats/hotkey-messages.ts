// What the agent sees after a global hotkey, while their eyes are on the chat client: a quiet
// desktop notification. Main has no i18next, so the two languages are written out here.
import type { Language } from '../../../shared/contract'
import type { TallyOutcome } from '../../../shared/domain/stats'
import type { CurrentStats } from '../../../shared/ipc/stats'
import type { Notification } from '../../ports'

const OUTCOME_NAMES: Record<Language, Record<TallyOutcome, string>> = {
  'zh-CN': { effective: '有效', 'not-effective': '无效', converted: '成交', thanked: '感谢', transferred: '转接' },
  en: { effective: 'effective', 'not-effective': 'not effective', converted: 'converted', thanked: 'thanked', transferred: 'transferred' },
}

function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`
}

function standing(current: CurrentStats, lang: Language): string {
  const f = current.figures
  const scope = current.shift ? (lang === 'en' ? 'This shift' : '本班') : lang === 'en' ? 'Today' : '今天'
  return lang === 'en'
    ? `${scope}: ${f.served} served, ${f.converted} converted (${percent(f.conversionRate)}), ${f.effective} effective.`
    : `${scope}已接待 ${f.served} 位，成交 ${f.converted} 位（转化率 ${percent(f.conversionRate)}），有效 ${f.effective} 位。`
}

/** `undoKey`: the undo hotkey as the agent reads it, or null when it is turned off. */
export function talliedMessage(outcome: TallyOutcome, current: CurrentStats, lang: Language, undoKey: string | null): Notification {
  const name = OUTCOME_NAMES[lang][outcome]
  if (lang === 'en') return { title: `Counted: ${name}`, body: `${standing(current, lang)}${undoKey ? ` ${undoKey} takes it back.` : ''}` }
  return { title: `已记一位：${name}`, body: `${standing(current, lang)}${undoKey ? `记错了可按 ${undoKey} 撤销。` : ''}` }
}

export function undoneMessage(outcome: TallyOutcome | null, current: CurrentStats, lang: Language): Notification {
  if (outcome === null) {
    return lang === 'en'
      ? { title: 'Nothing to take back', body: 'There is no tally in this shift yet.' }
      : { title: '没有可撤销的记录', body: '本班还没有记过数。' }
  }
  const name = OUTCOME_NAMES[lang][outcome]
  return lang === 'en' ? { title: `Taken back: ${name}`, body: standing(current, lang) } : { title: `已撤销一位：${name}`, body: standing(current, lang) }
}

export function notSignedInMessage(lang: Language): Notification {
  return lang === 'en'
    ? { title: 'Not counted', body: 'No agent is signed in to ShiftDesk. Open ShiftDesk and choose your profile, then press the key again.', urgent: true }
    : { title: '这一位没有记上', body: '客服工作台里还没有选择客服档案。请打开客服工作台选择你的档案，然后再按一次。', urgent: true }
}

export function lockedMessage(lang: Language): Notification {
  return lang === 'en'
    ? { title: 'Not counted', body: 'ShiftDesk is locked. Unlock it with your PIN, then press the key again.', urgent: true }
    : { title: '这一位没有记上', body: '客服工作台已锁定。请先用 PIN 解锁，然后再按一次。', urgent: true }
}

export function failedMessage(lang: Language): Notification {
  return lang === 'en'
    ? { title: 'Not counted', body: 'ShiftDesk could not save this tally. Open ShiftDesk and count it there.', urgent: true }
    : { title: '这一位没有记上', body: '客服工作台没能保存这次记数。请打开客服工作台，在服务统计里补记。', urgent: true }
}
