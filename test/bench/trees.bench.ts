// Decision trees: (1) validateTree on a 1,000-step tree, beside JSON.parse of the same tree's
// text (what merely reading the file costs; validation runs on every editor change, so it must
// stay in the same league); (2) a step in Chromium: keydown of an answer key to the frame that
// paints the next step, beside the first step of a run painted after the tree's key on the list
// (the built renderer on the e2e test server; measured in the page as in replies-render.ts).
import { validateTree, type Tree } from '../../src/shared/domain'
import { withDeskPage } from './browser'
import { medianResult, percentile, timeRuns, type BenchResult } from './results'
import { framesPainted } from './page-settled'

/** A bushy tree like a shop's: questions with three answers, breadth first, `size` steps in all. */
export function largeTree(size: number): Tree {
  const nodes: Tree['nodes'] = []
  const questions = Math.floor((size - 1) / 3)
  for (let i = 0; i < size; i++) {
    if (i < questions) {
      nodes.push({
        id: `q-${i}`,
        kind: 'question',
        text: `第 ${i} 步：订单现在是什么状态？`,
        hint: '先在后台查到订单再选。',
        options: [1, 2, 3].map((k) => {
          const child = 3 * i + k
          return { label: `情况 ${k}`, next: child < questions ? `q-${child}` : `o-${child}` }
        }),
      })
    } else {
      nodes.push({
        id: `o-${i}`,
        kind: 'outcome',
        title: `结果 ${i}`,
        script: `亲，您好！订单{{orderNo}}的情况已经为您查到，我们会在{{date}}前处理好。请问还有其他需要帮您的吗？感谢您的耐心～`,
        next: '发完话术后在问题登记本记下。',
        actions: i % 2 === 0 ? [{ type: 'transfer', to: 'full-time-staff' }] : [{ type: 'follow-up', request: '退款', promise: '{{date}}前退款', dueInDays: 1 }],
      })
    }
  }
  return { id: 'bench-tree', version: 1, title: '大树', description: '', inputs: [{ key: 'orderNo', label: '订单号', required: false }], root: 'q-0', nodes }
}

function validateBench(): BenchResult {
  const size = 1000
  const text = JSON.stringify(largeTree(size))
  const parsed: unknown = JSON.parse(text)
  const check = validateTree(parsed)
  if (!check.ok || check.tree.nodes.length !== size) throw new Error('the bench tree must be valid')
  // Warm both up so the JIT has settled before measuring.
  timeRuns(50, () => validateTree(parsed))
  timeRuns(50, () => JSON.parse(text))
  const runs = 300
  const samples = timeRuns(runs, () => validateTree(parsed))
  const baseline = timeRuns(runs, () => JSON.parse(text))
  return medianResult({
    id: 'trees.validate.1000',
    what: 'validateTree on a 1,000-step tree (shape, links, cycles, reachability)',
    samples,
    baseline: { what: 'JSON.parse of the same tree’s text', samples: baseline },
    params: { nodes: size, bytes: text.length, runs },
  })
}

declare global {
  interface Window {
    __stepMs: { from: string; ms: number }[]
  }
}

/**
 * In the page: per digit key, the time to the frame after the step on screen changed. A string,
 * not a function: tsx would wrap the inner helper in a `__name` call the page does not have.
 */
const PROBE = `(() => {
  window.__stepMs = []
  const where = () => document.querySelector('[data-testid="tree-question"], [data-testid="tree-outcome"]')?.getAttribute('data-node') ?? 'list'
  document.addEventListener('keydown', (event) => {
    if (!/^[1-9]$/.test(event.key)) return
    const t0 = performance.now()
    const from = where()
    const observer = new MutationObserver(() => {
      if (where() === from) return
      observer.disconnect()
      requestAnimationFrame(() => window.__stepMs.push({ from, ms: performance.now() - t0 }))
    })
    observer.observe(document.body, { childList: true, subtree: true, attributes: true })
    setTimeout(() => observer.disconnect(), 2000)
  }, true)
})()`

async function renderBench(rounds: number): Promise<BenchResult> {
  const samples = await withDeskPage('trees', () => undefined, async (page) => {
    await page.getByTestId('profile-switcher').waitFor()
    await page.keyboard.press('Alt+2')
    await page.getByTestId('tree-item').nth(2).waitFor()
    await page.evaluate(PROBE)
    let expected = 0
    const press = async (key: string, samples: number) => {
      await page.keyboard.press(key)
      expected += samples
      await page.waitForFunction((n) => window.__stepMs.length >= n, expected)
      await framesPainted(page)
    }
    // 京东运费 (key 3, no inputs): list → 订单里是哪类商品？ → 订单金额是多少？ → outcome, Esc back to the list.
    for (let i = 0; i < rounds; i++) {
      await press('3', 1)
      await press('1', 1)
      await press('1', 1)
      await page.keyboard.press('Escape')
      await page.getByTestId('recent-run').first().waitFor()
    }
    return page.evaluate(() => window.__stepMs)
  })
  const first = samples.filter((s) => s.from === 'list').map((s) => s.ms)
  const steps = samples.filter((s) => s.from !== 'list').map((s) => s.ms)
  return medianResult({
    id: 'trees.render.step',
    what: 'Chromium: answer key to the next step painted (question → question, question → outcome)',
    samples: steps,
    baseline: { what: 'first step of a run painted after the tree’s key on the list', samples: first },
    params: { steps: steps.length, firstSteps: first.length, p95: Number(percentile(steps, 95).toFixed(2)), tree: 'jd-shipping-fee' },
  })
}

export async function treesBench(): Promise<BenchResult[]> {
  return [validateBench(), await renderBench(15)]
}
