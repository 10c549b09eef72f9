// The Dexie database: the only place that opens IndexedDB. Rows are the workspace records, plus the
// keys the indexes need (a correction's order, a note's target).
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { NoticeSummary, SavedView } from '../workspace/records.ts';
import type { CorrectionRow, NoteRow, SessionRow, SourceRow } from './rows.ts';
import { SCHEMA_VERSIONS, upgradeToV2, upgradeToV3 } from './schema.ts';

export type { CorrectionRow, NoteRow, SessionRow, SourceRow };

/** Where IndexedDB comes from: the browser's by default, fake-indexeddb's in tests. */
export interface IndexedDbSource {
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
}

export const DATABASE_NAME = 'fengong-atlas';

export class AtlasDatabase extends Dexie {
  notices!: EntityTable<NoticeSummary, 'id'>;
  sources!: EntityTable<SourceRow, 'id'>;
  corrections!: Table<CorrectionRow, number>;
  savedViews!: EntityTable<SavedView, 'id'>;
  notes!: EntityTable<NoteRow, 'id'>;
  session!: EntityTable<SessionRow, 'key'>;

  constructor(name = DATABASE_NAME, source: IndexedDbSource = {}) {
    const { indexedDB, IDBKeyRange: keyRange } = source;
    super(name, { ...(indexedDB ? { indexedDB } : {}), ...(keyRange ? { IDBKeyRange: keyRange } : {}) });
    this.version(1).stores(SCHEMA_VERSIONS[1]);
    this.version(2).stores(SCHEMA_VERSIONS[2]).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_VERSIONS[3]).upgrade(upgradeToV3);
  }
}
