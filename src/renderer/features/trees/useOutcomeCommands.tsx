// What an outcome lets the agent do, shared by its buttons and its keys: copy the script, copy
// the order remark, open the carrier's site, note the transfer, and open the issue register's
// follow-up form prefilled from the run. Anything with a blank asks for it first; main fills the
// agent's ID and the time, refuses a blank and writes the clipboard.
import { App } from 'antd'
import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { automaticPlaceholderValues, currentStep, listPlaceholders, type StepAction, type Tree, type TreeStep } from '../../../shared/domain'
import type { RunActionLog } from '../../../shared/ipc/trees'
import { invoke } from '../../lib/desk'
import { useProfiles } from '../profiles/profile-store'
import { useRegister } from '../register/register-store'
import { placeholderLabel } from '../replies/placeholder-labels'
import { FillBlanksModal, type BlankRequest } from '../placeholders/FillBlanksModal'
import { followUpPrefill } from './follow-up-prefill'
import { useTrees } from './trees-store'
import { treeErrorMessage } from './tree-errors'

type Outcome = Extract<TreeStep, { kind: 'outcome' }>
type Pending = { request: BlankRequest; okText: string; then(filled: Record<string, string>): Promise<void> }

export type OutcomeCommands = {
  copyScript(): void
  copyRemark(): void
  openCarrierSite(): void
  transfer(): void
  followUp(): void
  /** The fill-in form when one is open; the panel renders it. */
  blanksForm: ReactNode
}

function find<T extends StepAction['type']>(step: Outcome, type: T): Extract<StepAction, { type: T }> | undefined {
  return step.actions.find((a): a is Extract<StepAction, { type: T }> => a.type === type)
}

export function useOutcomeCommands(): OutcomeCommands {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const agentId = useProfiles((s) => s.current?.agentId)
  const [pending, setPending] = useState<Pending | null>(null)

  /** The outcome as it stands now, with every value known so far (the agent's blanks included). */
  const outcomeNow = useCallback((): { step: Outcome; values: Record<string, string>; known: Record<string, string>; tree: Tree } | null => {
    const active = useTrees.getState().active
    if (!active) return null
    const automatic = automaticPlaceholderValues(new Date(), agentId || undefined)
    const step = currentStep(active.run, { ...active.extra, ...automatic })
    if (step.kind !== 'outcome') return null
    const values = { ...active.extra, ...active.run.inputs }
    return { step, values, known: { ...values, ...automatic }, tree: active.run.tree }
  }, [agentId])

  const labels = useCallback(
    (tree: Tree, keys: string[]) => Object.fromEntries(keys.map((key) => [key, tree.inputs.find((input) => input.key === key)?.label ?? placeholderLabel(key, t)])),
    [t],
  )

  /** Runs `then` at once, or after the agent has filled `keys`. */
  const withBlanks = useCallback(
    (keys: string[], template: string, okText: string, then: (filled: Record<string, string>) => Promise<void>) => {
      const now = outcomeNow()
      if (!now) return
      const run = async (filled: Record<string, string>) => {
        try {
          useTrees.getState().fill(filled)
          await then(filled)
          setPending(null)
        } catch (error) {
          void message.error({ content: treeErrorMessage(error, t), key: 'tree-action' })
        }
      }
      if (keys.length === 0) void run({})
      else setPending({ request: { keys, labels: labels(now.tree, keys), template, known: now.known }, okText, then: run })
    },
    [labels, message, outcomeNow, t],
  )

  const copyScript = useCallback(() => {
    const now = outcomeNow()
    if (!now) return
    withBlanks(now.step.script.missing, now.step.node.script, t('trees.blanks.copy'), async (filled) => {
      const position = await useTrees.getState().position()
      showLog(position, (await invoke('trees:copyScript', { ...position, values: { ...now.values, ...filled } })).log)
      void message.success({ content: t('trees.copied'), key: 'tree-action', duration: 2 })
    })
  }, [message, outcomeNow, t, withBlanks])

  const copyRemark = useCallback(() => {
    const now = outcomeNow()
    const remark = now && find(now.step, 'copy-remark')
    if (!now || !remark) return
    withBlanks(remark.remark.missing, remark.remark.text, t('trees.blanks.copyRemark'), async (filled) => {
      const position = await useTrees.getState().position()
      showLog(position, (await invoke('trees:copyRemark', { ...position, values: { ...now.values, ...filled } })).log)
      void message.success({ content: t('trees.remarkCopied'), key: 'tree-action', duration: 2 })
    })
  }, [message, outcomeNow, t, withBlanks])

  const openCarrierSite = useCallback(() => {
    const now = outcomeNow()
    const site = now && find(now.step, 'open-carrier-site')
    if (!site) return
    withBlanks([], '', '', async () => {
      const position = await useTrees.getState().position()
      const { opened, log } = await invoke('trees:openCarrierSite', { ...position, carrier: site.carrier })
      showLog(position, log)
      if (opened) void message.success({ content: t('trees.siteOpened', { name: site.name }), key: 'tree-action' })
      else void message.warning({ content: t('trees.siteNotOpened', { url: site.url }), key: 'tree-action' })
    })
  }, [message, outcomeNow, t, withBlanks])

  const transfer = useCallback(() => {
    const now = outcomeNow()
    if (!now || !find(now.step, 'transfer')) return
    withBlanks([], '', '', async () => {
      const position = await useTrees.getState().position()
      showLog(position, await invoke('trees:recordAction', { ...position, action: 'transfer' }))
      void message.success({ content: t('trees.transferRecorded'), key: 'tree-action' })
    })
  }, [message, outcomeNow, t, withBlanks])

  const followUp = useCallback(() => {
    const now = outcomeNow()
    const action = now && find(now.step, 'follow-up')
    if (!now || !action) return
    // What was promised may itself have blanks ({{date}}前退款): ask for them first, then prefill.
    const keys = listPlaceholders(`${action.followUp.request}\n${action.followUp.promise}`)
    withBlanks(keys, `${action.followUp.request}\n${action.followUp.promise}`, t('trees.blanks.followUp'), async () => {
      const filled = outcomeNow()
      const draft = filled && find(filled.step, 'follow-up')
      if (!draft) return
      const position = await useTrees.getState().position()
      useRegister.getState().openFollowUp(followUpPrefill(draft.followUp, Date.now()), {
        onSaved: (entry) => {
          // The run may have moved on meanwhile; the follow-up belongs to where it was opened (showLog checks).
          invoke('trees:recordAction', { ...position, action: 'follow-up', detail: entry.id })
            .then((log) => showLog(position, log))
            .catch(() => undefined)
        },
      })
    })
  }, [outcomeNow, t, withBlanks])

  return useMemo(
    () => ({
      copyScript,
      copyRemark,
      openCarrierSite,
      transfer,
      followUp,
      blanksForm: pending ? (
        <FillBlanksModal
          request={pending.request}
          wording="trees.blanks"
          title={t('trees.blanks.title')}
          okText={pending.okText}
          onDone={(filled) => void pending.then(filled)}
          onCancel={() => setPending(null)}
        />
      ) : null,
    }),
    [copyRemark, copyScript, followUp, openCarrierSite, pending, t, transfer],
  )
}

/** Shows the run's log as main stored it (main's times), unless the agent has walked on to another run meanwhile. */
function showLog(position: { choices: number[] }, log: RunActionLog[]) {
  if (useTrees.getState().active?.run.choices.join() === position.choices.join()) useTrees.getState().logged(log)
}
