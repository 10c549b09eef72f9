// The rows of the table of notices: every notice of the workspace read, corrected and counted — those in
// view from the model already on screen, the others parsed in the page's worker, in batches, once per
// source and corrections (kept while the table stays mounted).
import { useEffect, useRef, useState } from 'react';
import type { CorrectionOp } from '../../corrections/index.ts';
import { correctNotice } from '../../view-model/corrected-notices.ts';
import { corpusRow, type CorpusRow } from '../../view-model/corpus-rows.ts';
import { importBatches } from '../../view-model/import-batches.ts';
import { modelKey, parseInputOf, sourceSize } from '../../view-model/model-cache.ts';
import type { NoticeRecord } from '../../workspace/records.ts';
import { pageParser } from './page-parser.ts';
import { useWorkspace } from './workspace-context.tsx';

export interface CorpusRows {
  readonly rows: readonly CorpusRow[];
  /** Notices counted of those in the workspace, while reading. */
  readonly done: number;
  readonly total: number;
  readonly error: string | null;
}

const rowKey = (record: NoticeRecord, ops: readonly CorrectionOp[]) =>
  `${modelKey(record)}|${record.name}|${JSON.stringify(ops)}`;

export function useCorpusRows(): CorpusRows {
  const { notices, scoped, save } = useWorkspace();
  const known = useRef(new Map<string, CorpusRow>());
  const [state, setState] = useState<CorpusRows>({ rows: [], done: 0, total: notices.length, error: null });
  const listKey = notices.map((n) => `${n.id}|${n.updatedAt}|${n.name}`).join('\n');

  useEffect(() => {
    let live = true;
    void (async () => {
      const read = await save(async (store) => {
        const records = await store.readNotices('all');
        const ops = await Promise.all(records.map((r) => store.listCorrections(r.id)));
        return records.map((record, i) => ({ record, ops: ops[i] ?? [] }));
      });
      if (!read || !live) return;
      const rows = new Map<string, CorpusRow>();
      const todo: typeof read = [];
      for (const entry of read) {
        const key = rowKey(entry.record, entry.ops);
        const inView = scoped?.notices.find(
          (n) => n.id === entry.record.id && JSON.stringify(n.ops) === JSON.stringify(entry.ops),
        );
        const row =
          known.current.get(key) ??
          (inView ? corpusRow(entry.record.id, entry.record.name, inView.result.model) : undefined);
        if (row) {
          known.current.set(key, row);
          rows.set(entry.record.id, row);
        } else todo.push(entry);
      }
      const publish = () =>
        live &&
        setState({
          rows: read.flatMap(({ record }) => rows.get(record.id) ?? []),
          done: rows.size,
          total: read.length,
          error: null,
        });
      publish();
      for (const batch of importBatches(
        todo.map((entry) => ({ ...entry, size: sourceSize(entry.record) })),
      )) {
        const parsed = await pageParser().parseMany(batch.map(({ record }) => parseInputOf(record)));
        if (!live) return;
        batch.forEach(({ record, ops }, i) => {
          const model = parsed[i];
          if (!model) return;
          const row = corpusRow(
            record.id,
            record.name,
            correctNotice(record.id, record.name, model, ops).result.model,
          );
          known.current.set(rowKey(record, ops), row);
          rows.set(record.id, row);
        });
        publish();
      }
    })().catch((e: unknown) => {
      if (live) setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
    });
    return () => {
      live = false;
    };
    // `listKey` names the notices; the scoped view only spares parsing, so a new one need not re-read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listKey, save]);

  return state;
}
