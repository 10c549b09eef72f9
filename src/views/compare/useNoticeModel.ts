// The corrected model of one notice of the workspace: the one the views already hold when it is in
// view, else read from the store, parsed in the page's worker and corrected, for the compare view.
import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/lang-context.tsx';
import { correctNotice } from '../../view-model/corrected-notices.ts';
import { parseInputOf } from '../../view-model/model-cache.ts';
import type { NoticeModel } from '../../notice/model.ts';
import type { NoticeId } from '../../workspace/notice-id.ts';
import { pageParser } from '../workspace/page-parser.ts';
import { useWorkspace } from '../workspace/workspace-context.tsx';

export interface LoadedNotice {
  readonly model: NoticeModel | null;
  readonly error: string | null;
}

/** Failures this hook names itself, worded in the interface's language when shown. */
const GONE = 'gone';
const NO_MODEL = 'no-model';

export function useNoticeModel(id: NoticeId | null): LoadedNotice {
  const { scoped, save } = useWorkspace();
  const inView = id === null ? null : (scoped?.notices.find((n) => n.id === id) ?? null);
  const [loaded, setLoaded] = useState<{ id: NoticeId; model: NoticeModel } | null>(null);
  const [error, setError] = useState<{ id: NoticeId; message: string } | null>(null);
  const m = useMessages();

  useEffect(() => {
    if (id === null || inView !== null) return;
    let live = true;
    void (async () => {
      const read = await save(async (store) => {
        const [record] = await store.readNotices([id]);
        return record ? { record, ops: await store.listCorrections(id) } : null;
      });
      if (!read) throw new Error(GONE);
      const [parsed] = await pageParser().parseMany([parseInputOf(read.record)]);
      if (!parsed) throw new Error(NO_MODEL);
      const model = correctNotice(id, read.record.name, parsed, read.ops).result.model;
      if (live) setLoaded({ id, model });
    })().catch((e: unknown) => {
      if (live) setError({ id, message: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      live = false;
    };
  }, [id, inView, save]);

  const sayError = (message: string) =>
    message === GONE ? m.comparison.noticeGone : message === NO_MODEL ? m.comparison.noModel : message;
  if (inView) return { model: inView.result.model, error: null };
  return {
    model: loaded?.id === id ? loaded.model : null,
    error: error?.id === id ? sayError(error.message) : null,
  };
}
