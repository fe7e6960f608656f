import type { DraftService } from '../../services/register/drafts'
import type { IssueRegisterService } from '../../services/register/issue-register'
import type { HandlerMap } from '../types'

type RegisterHandlers = Pick<
  HandlerMap,
  | 'register:list'
  | 'register:get'
  | 'register:create'
  | 'register:update'
  | 'register:setStatus'
  | 'register:setCheckState'
  | 'register:delete'
  | 'register:restore'
  | 'register:reminders'
  | 'drafts:get'
  | 'drafts:save'
  | 'drafts:discard'
  | 'drafts:list'
>

/** Only the services these channels call. */
export type RegisterHandlerDeps = { issueRegister: IssueRegisterService; drafts: DraftService }

export function registerHandlers(s: RegisterHandlerDeps): RegisterHandlers {
  return {
    'register:list': ({ view, page, pageSize }) => s.issueRegister.list(view, page, pageSize),
    'register:get': ({ id }) => s.issueRegister.get(id),
    'register:create': ({ entry, draftForm }) => s.issueRegister.create(entry, draftForm),
    'register:update': ({ id, entry, draftForm }) => s.issueRegister.update(id, entry, draftForm),
    'register:setStatus': ({ id, status }) => s.issueRegister.setStatus(id, status),
    'register:setCheckState': ({ id, checkState }) => s.issueRegister.setCheckState(id, checkState),
    'register:delete': ({ id }) => {
      s.issueRegister.delete(id)
      return null
    },
    'register:restore': ({ id }) => s.issueRegister.restore(id),
    'register:reminders': () => s.issueRegister.reminderCounts(),
    'drafts:get': ({ form }) => s.drafts.get(form),
    'drafts:save': ({ form, payload }) => s.drafts.save(form, payload),
    'drafts:discard': ({ form }) => {
      s.drafts.discard(form)
      return null
    },
    'drafts:list': ({ prefix }) => s.drafts.list(prefix),
  }
}
