// Every migration, imported statically in order (a bundler cannot see files read at run time).
import type { Migration } from '../migrate'
import { initial } from './0010-initial'

export const MIGRATIONS: readonly Migration[] = [initial]
export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0)
