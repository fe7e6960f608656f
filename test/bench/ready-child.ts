// Child process of the start-up and 1M-row benchmarks (bundled, like the built app): starts the real app
// context on a data folder and reports how long after process start the services were ready
// and how much memory the process then held.
import Conf from 'conf'
import { performance } from 'node:perf_hooks'
import { createAppContext } from '../../src/main/app-context'
import type { KeyValueStoreClass } from '../../src/main/settings'
import { fakePorts } from '../helpers/fake-ports'

// An optional second argument is the database key (the encrypted side of the cipher bench).
const [dataDir, databaseKey] = process.argv.slice(2) as [string, string | undefined]
const ctx = createAppContext({ dataDir, Store: Conf as unknown as KeyValueStoreClass, version: 'bench', platform: 'bench', ports: fakePorts(), databaseKey: databaseKey ?? null })
ctx.services.session.current()
// performance.now() counts from process start (timeOrigin): what the agent waits for.
const readyMs = performance.now()
const rssBytes = process.memoryUsage().rss
ctx.close()
process.stdout.write(JSON.stringify({ readyMs, rssBytes }))
