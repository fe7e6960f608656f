import type { LeadService } from '../../services/lead/lead-service'
import type { HandlerMap } from '../types'

/** Only the services these channels call. */
export type LeadHandlerDeps = { lead: LeadService }

export function leadHandlers(s: LeadHandlerDeps): Pick<HandlerMap, 'lead:access' | 'lead:setRole' | 'lead:view' | 'lead:preview'> {
  return {
    'lead:access': () => s.lead.access(),
    'lead:setRole': ({ profileId, role }) => s.lead.setRole(profileId, role),
    'lead:view': ({ period, date }) => s.lead.view(period, date),
    'lead:preview': ({ period, date }) => s.lead.preview(period, date),
  }
}
