// The few sentences main itself shows (system notifications), in the agent's language.
import type { Language } from '../../../shared/contract'

const TEXTS = {
  'zh-CN': {
    dueTitle: (n: number) => (n === 1 ? '有 1 条回访到期了' : `有 ${n} 条回访到期了`),
    dueBody: (customer: string, problem: string) => `${customer}：${problem}`,
    dueMore: (n: number) => `另有 ${n} 条，打开问题登记本查看。`,
    unlockToSee: '解锁客服工作台后查看详情。',
  },
  en: {
    dueTitle: (n: number) => (n === 1 ? 'A callback is due' : `${n} callbacks are due`),
    dueBody: (customer: string, problem: string) => `${customer}: ${problem}`,
    dueMore: (n: number) => `${n} more: open the issue register to see them.`,
    unlockToSee: 'Unlock ShiftDesk to see the details.',
  },
} as const

export function registerTexts(language: Language) {
  return TEXTS[language]
}
