// Which rows sync wrote (sync_arrivals, migration 0221): triggers that note them as the SDK
// applies a download; main takes them (sync/arrival-queue.ts), so a notebook refreshes exactly those.
export function arrivalTriggers(table: string): string[] {
  return ['INSERT', 'UPDATE'].map(
    (write) => `CREATE TRIGGER sync_${table}_arrived_${write.toLowerCase()} AFTER ${write} ON ${table} FOR EACH ROW WHEN powersync_in_sync_operation() BEGIN
      ${noteArrival(`'${table}'`, 'NEW.id')};
    END`,
  )
}

/**
 * Notes a row as arrived unless it already is. Not `INSERT OR IGNORE`: inside a trigger, the
 * conflict policy of the statement that fired it wins, and PowerSync's put is an upsert (ABORT),
 * so a row noted twice before main takes the list would fail the whole download.
 */
export function noteArrival(table: string, id: string): string {
  return `INSERT INTO sync_arrivals (tbl, id) SELECT ${table}, ${id} WHERE NOT EXISTS (SELECT 1 FROM sync_arrivals WHERE tbl = ${table} AND id = ${id})`
}
