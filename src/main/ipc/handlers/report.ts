import type { AppServices } from '../../app-context'
import type { HandlerMap } from '../types'

export function reportHandlers(s: AppServices): Pick<HandlerMap, 'report:preview' | 'report:export'> {
  return {
    'report:preview': ({ period }) => s.report.build(period),
    'report:export': ({ period, format }) => s.report.export(period, format),
  }
}
