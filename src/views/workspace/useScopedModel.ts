// The model the views draw: each notice in view parsed (in the worker, in batches, once per source),
// its corrections applied, and the notices merged into one model. While a new scope is being parsed
// the previous model stays on screen, marked as not current.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  correctionMarks,
  unionMarks,
  correctNotice,
  type CorrectedNotice,
  type CorrectionMarks,
} from '../../view-model/corrected-notices.ts';
import { importBatches } from '../../view-model/import-batches.ts';
import { modelKey, parseInputOf, sourceSize, withModels } from '../../view-model/model-cache.ts';
import type { CorrectionOp } from '../../corrections/index.ts';
import {
  computeWorkload,
  workloadInSteps,
  workloadIsCostly,
  type Workload,
} from '../../analysis/workload.ts';
import type { AgencyId, NoticeModel } from '../../notice/model.ts';
import { inSlices } from '../../view-model/in-slices.ts';
import type { NoticeParser } from '../../worker/notice-parser.ts';
import { unionOfNotices, type NoticeUnion } from '../../view-model/notice-union.ts';
import type { NoticeId } from '../../workspace/notice-id.ts';
import type { NoticeRecord } from '../../workspace/records.ts';
import type { NoticeScope } from '../../workspace/scope.ts';

export interface ScopedView {
  /** The notices in scope as one model, with the agencies the rules propose as one. */
  readonly merged: NoticeUnion;
  /** The notices in view, in order, with their corrections applied. */
  readonly notices: readonly CorrectedNotice[];
  readonly marks: CorrectionMarks;
  /** Each agency's workload in the merged model. */
  readonly workloads: ReadonlyMap<AgencyId, Workload>;
}

export interface ScopedModel {
  /** The latest complete view; null before the first. */
  readonly view: ScopedView | null;
  /** True when `view` shows the current scope, notices and corrections. */
  readonly current: boolean;
  /** Notices parsed of those the current scope needs, while parsing. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly error: string | null;
}

const NO_MODELS: ReadonlyMap<string, NoticeModel> = new Map();

/** Parses, in batches, the records whose models are not known yet. A batch once asked for is not asked
 *  for again while it is parsed, even as the scope changes; its models are kept when they come. */
function useParsedModels(parser: NoticeParser | null, records: readonly NoticeRecord[] | undefined) {
  const [models, setModels] = useState(NO_MODELS);
  const [error, setError] = useState<string | null>(null);
  const requested = useRef(new Set<string>());
  const inView = useRef<ReadonlySet<string>>(new Set());
  const missing = (records ?? []).filter((r) => !models.has(modelKey(r)));
  const missingKey = missing.map(modelKey).join('\n');
  const recordsKey = (records ?? []).map(modelKey).join('\n');
  useEffect(() => {
    inView.current = new Set(recordsKey.split('\n'));
  }, [recordsKey]);

  useEffect(() => {
    const asked = requested.current;
    const todo = missing.filter((r) => !asked.has(modelKey(r)));
    if (!parser || todo.length === 0) return;
    todo.forEach((r) => asked.add(modelKey(r)));
    void (async () => {
      for (const batch of importBatches(todo.map((record) => ({ record, size: sourceSize(record) })))) {
        const parsed = await parser.parseMany(batch.map(({ record }) => parseInputOf(record)));
        const added = batch.map(({ record }, i) => [modelKey(record), parsed[i] as NoticeModel] as const);
        // Models out of the current view may be forgotten; forgotten ones may be asked for again.
        setModels((known) => {
          const kept = withModels(known, added, inView.current);
          for (const key of [...known.keys(), ...added.map(([k]) => k)])
            if (!kept.has(key)) asked.delete(key);
          return kept;
        });
      }
    })().catch((e: unknown) => {
      todo.forEach((r) => asked.delete(modelKey(r)));
      // The reason only: the app words it in the interface's language (m.app.readFailed).
      setError(String(e));
    });
    // `missingKey` names `missing` (and with it the records that matter).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [parser, missingKey]);

  return { models, missing: missing.length, error };
}

type Workloads = ReadonlyMap<AgencyId, Workload>;

/** The workloads of the model in view: at once for a notice of ordinary size; for a large one in slices
 *  (betweenness alone takes a 500-agency notice hundreds of milliseconds: issue #15), the view waiting
 *  for them while the previous one stays on screen. Null until known. */
function useWorkloads(model: NoticeModel | null): Workloads | null {
  const costly = useMemo(() => model !== null && workloadIsCostly(model), [model]);
  const atOnce = useMemo(() => (model && !costly ? computeWorkload(model) : null), [model, costly]);
  const [sliced, setSliced] = useState<{ model: NoticeModel; workloads: Workloads } | null>(null);
  useEffect(() => {
    if (!model || !costly) return;
    const controller = new AbortController();
    inSlices(workloadInSteps(model), { signal: controller.signal }).then(
      (workloads) => setSliced({ model, workloads }),
      () => undefined, // Stopped: the scope or a correction brought a newer model, measured instead.
    );
    return () => controller.abort();
  }, [model, costly]);
  return atOnce ?? (sliced?.model === model ? sliced.workloads : null);
}

export function useScopedModel(
  parser: NoticeParser | null,
  records: readonly NoticeRecord[] | undefined,
  corrections: ReadonlyMap<NoticeId, readonly CorrectionOp[]> | undefined,
  scope: NoticeScope,
): ScopedModel {
  const { models, missing, error } = useParsedModels(parser, records);
  const [last, setLast] = useState<ScopedView | null>(null);
  const ready = records !== undefined && corrections !== undefined && missing === 0;
  const recordsKey = (records ?? []).map((r) => `${modelKey(r)}|${r.name}`).join('\n');
  const correctionsKey = JSON.stringify([...(corrections ?? [])]);
  const scopeKey = JSON.stringify(scope);

  const merged = useMemo((): Omit<ScopedView, 'workloads'> | null => {
    if (!ready) return null;
    const notices = records.map((record) =>
      correctNotice(record.id, record.name, models.get(modelKey(record))!, corrections.get(record.id) ?? []),
    );
    const keptApart = notices.flatMap((n) =>
      n.result.applied.flatMap(({ op }) => (op.type === 'keepApart' ? [op.names] : [])),
    );
    const merged = unionOfNotices(
      notices.map((n) => ({ id: n.id, model: n.result.model })),
      scope,
      keptApart,
    );
    return { merged, notices, marks: unionMarks(correctionMarks(notices), merged) };
    // The keys name the records, corrections and scope; a new model arrives only with fewer missing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, recordsKey, correctionsKey, scopeKey]);
  const workloads = useWorkloads(merged?.merged.model ?? null);
  const view = useMemo(
    (): ScopedView | null => (merged && workloads ? { ...merged, workloads } : null),
    [merged, workloads],
  );

  // Remembered during render (React's pattern for state that follows props), so no frame shows nothing.
  if (view !== null && view !== last) setLast(view);

  const total = records?.length ?? 0;
  return {
    view: view ?? last,
    current: view !== null,
    progress: missing > 0 ? { done: total - missing, total } : null,
    error,
  };
}
