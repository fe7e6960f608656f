// Order-status decision trees (订单状态决策树): the tree format, its validation and the run engine.
export { CARRIERS, MAX_OPTIONS, type Carrier, type OutcomeNode, type QuestionNode, type Tree, type TreeAction, type TreeInput, type TreeNode } from './schema'
export type { TreeError, TreeErrorCode } from './tree-errors'
export { validateTree, type TreeValidation } from './validate'
export { chooseOption, goBack, missingInputs, restart, runPath, startRun, type Breadcrumb, type TreeRun } from './run'
export { currentStep, type FollowUpDraft, type StepAction, type TreeStep } from './current-step'
export { describePath, enumeratePaths, PATH_SEPARATOR, type TreePath } from './paths'
export { CARRIER_SITES, type CarrierSite } from './carriers'
export { formatOrderRemark, type OrderRemark } from './order-remark'
