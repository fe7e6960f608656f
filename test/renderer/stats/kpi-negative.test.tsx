// Issue 14, Minor 6: a negative bonus from the hotline formula is explained in words (no bonus, not
// money taken), and is not shown in the warning red next to "不扣款".
import { render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_KPI_RULES } from '../../../src/shared/domain/stats'
import { initI18n } from '../../../src/renderer/i18n'
import { KpiCalculator } from '../../../src/renderer/features/stats/KpiCalculator'

describe('the hotline KPI calculator', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('says what a negative bonus means', () => {
    render(<KpiCalculator rules={{ ...DEFAULT_KPI_RULES, qa: { ...DEFAULT_KPI_RULES.qa, target: 101 } }} />)
    const result = screen.getByTestId('kpi-result')
    expect(result).toHaveTextContent('−¥')
    expect(screen.getByTestId('kpi-bonus-explained')).toHaveTextContent(/意思是没有奖金，不是要扣你 −¥\d+\.\d\d/)
    expect(result.querySelector('.ant-typography-danger')).toBeNull()
    expect(result).toHaveTextContent('不扣款')
  })
})
