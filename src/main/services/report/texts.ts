// The report's own words (title, subtitle, overview sheet), in the agent's language.
import type { Language } from '../../../shared/contract'

const TEXTS = {
  'zh-CN': {
    title: '客服工作报告',
    teamTitle: '组长汇总报告',
    teamFileStem: '组长汇总',
    subtitle: (agent: string, period: string, at: string) => `${agent} · ${period} · 生成于 ${at}`,
    overview: '概览',
    section: '部分',
    summary: '摘要',
    fileStem: '客服报告',
    empty: '（本期没有记录）',
    through: '至',
  },
  en: {
    title: 'Customer service report',
    teamTitle: 'Team lead report',
    teamFileStem: 'team-report',
    subtitle: (agent: string, period: string, at: string) => `${agent} · ${period} · generated ${at}`,
    overview: 'Overview',
    section: 'Section',
    summary: 'Summary',
    fileStem: 'service-report',
    empty: '(nothing recorded in this period)',
    through: 'to',
  },
} as const

export function reportTexts(language: Language) {
  return TEXTS[language]
}
