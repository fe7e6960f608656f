// Whether this machine can run the server tests: PostgreSQL's binaries and the unpacked
// PowerSync service. Missing ones make the tests SKIPPED with the reason printed; in CI
// (CI=true) a missing one is a failure, so a green CI always means the tests ran.
import { findPostgresBin } from '../../../src/server/local/postgres-cluster'
import { type ServiceInstall, findPowerSyncService } from '../../../src/server/local/powersync-service'

export type ServerPrerequisites = { pgBin: string; service: ServiceInstall } | { skip: string }

export function serverPrerequisites(): ServerPrerequisites {
  const pgBin = findPostgresBin()
  const service = findPowerSyncService(process.cwd())
  const missing = [
    ...(pgBin ? [] : ['PostgreSQL binaries not found (apt-get install postgresql, or set TEAM_PG_BIN)']),
    ...('missing' in service ? [service.missing] : []),
  ]
  if (missing.length === 0 && pgBin && !('missing' in service)) return { pgBin, service }
  const reason = missing.join('; ')
  if (process.env.CI === 'true') throw new Error(`Server tests cannot run in CI: ${reason}. Run scripts/team-server/ci-setup.sh first.`)
  console.warn(`SKIPPED server tests: ${reason}`)
  return { skip: reason }
}
