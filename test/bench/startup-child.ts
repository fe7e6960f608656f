// Child process of the start-up benchmark: opens the data folder the way the app does and reports
// how long after process start its services were ready. The baseline is startup-bare-child.ts.
import Conf from 'conf'
import { performance } from 'node:perf_hooks'
import { createAppContext } from '../../src/main/app-context'
import type { KeyValueStoreClass } from '../../src/main/settings'
import { fakePorts } from '../helpers/fake-ports'

const [dataDir] = process.argv.slice(2) as [string]
const ctx = createAppContext({ dataDir, Store: Conf as unknown as KeyValueStoreClass, version: 'bench', platform: 'bench', ports: fakePorts() })
ctx.services.session.current()
ctx.close()
// performance.now() counts from process start (timeOrigin), which is what the agent waits for.
process.stdout.write(JSON.stringify({ readyMs: performance.now() }))
