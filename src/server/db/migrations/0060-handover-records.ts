// The handover crosses PCs (issue 18): what the day shift wrote for the whole handover (notes
// for the next shift, the cash count, the count it entered) reaches the night PC with the
// items, so the take-over screen shows the previous shift's note wherever the night agent sits.
// A record reaches the team once, when its author submits it; shop-shared like the board.
// An item names the record it was last handed over in, so the board can be read per shift.
import type { TeamMigration } from '../migrate'

export const handoverRecords: TeamMigration = {
  version: 60,
  name: 'handover-records',
  sql: `
    CREATE TABLE handover_records (
      id            TEXT PRIMARY KEY,
      shop_id       TEXT NOT NULL,
      author_id     TEXT NOT NULL,
      shift_id      TEXT NOT NULL DEFAULT '',
      shift_date    TEXT NOT NULL DEFAULT '',
      notes         TEXT NOT NULL DEFAULT '',
      cash_cents    BIGINT,
      item_count    INTEGER,
      -- How many items the author handed over in it (the app counts its own history).
      handed_over   INTEGER NOT NULL DEFAULT 0 CHECK (handed_over >= 0),
      submitted_at  BIGINT NOT NULL,
      created_at    BIGINT NOT NULL,
      created_by    TEXT NOT NULL,
      updated_at    BIGINT NOT NULL,
      updated_by    TEXT NOT NULL
    );
    CREATE INDEX handover_records_by_shop ON handover_records (shop_id, submitted_at);
    ALTER TABLE handover_items ADD COLUMN record_id TEXT;

    ALTER PUBLICATION powersync ADD TABLE handover_records;
  `,
}
