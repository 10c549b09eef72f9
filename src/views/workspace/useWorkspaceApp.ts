// The workspace behind the app: the store, the live records, the scope from the address, the model of
// the notices in view, and everything the panels can do — wired once, for App to hand out.
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { CorrectionOp } from '../../corrections/index.ts';
import type { StorageProblem, WorkspaceStore } from '../../store/index.ts';
import { describeStorageError } from '../../store/problems.ts';
import type { NoticeId } from '../../workspace/notice-id.ts';
import {
  EMPTY_WORKSPACE,
  type Note,
  type NoticeRecord,
  type NoticeSummary,
  type SavedView,
  type WorkspaceData,
} from '../../workspace/records.ts';
import type { NoticeScope } from '../../workspace/scope.ts';
import type { NoticeTag } from '../../view-model/notice-tags.ts';
import type { AtlasWorkspace } from '../atlas.tsx';
import { useAddress, type Address } from '../useAddress.ts';
import { pageParser } from './page-parser.ts';
import { useCorrectionActions, type CorrectionActions } from './useCorrectionActions.ts';
import { useLive } from './useLive.ts';
import { usePanels } from './usePanels.ts';
import { useSavedViews } from './useSavedViews.ts';
import { useScope } from './useScope.ts';
import { useScopedModel, type ScopedModel, type ScopedView } from './useScopedModel.ts';
import { useSessionWriter } from './useSessionWriter.ts';
import { useStartup } from './useStartup.ts';
import { useWorkspaceFile } from './useWorkspaceFile.ts';
import { useWorkspaceStore, type WorkspaceStoreState } from './useWorkspaceStore.ts';
import type { WorkspaceUi } from './workspace-context.tsx';

export interface WorkspaceApp {
  readonly address: Address;
  readonly storage: WorkspaceStoreState;
  readonly model: ScopedModel;
  /** False until the store is open and a first visit seeded. */
  readonly started: boolean;
  readonly atlas: AtlasWorkspace | null;
  readonly ui: WorkspaceUi | null;
}

const NO_VIEWS: readonly SavedView[] = [];
const NO_NOTES: readonly Note[] = [];

/** Each notice's corrections, and each one's place in the order made across notices (for undo). */
async function readCorrections(store: WorkspaceStore, ids: readonly NoticeId[]) {
  const lists = await Promise.all(ids.map((id) => store.listCorrectionEntries(id)));
  return {
    ops: new Map<NoticeId, readonly CorrectionOp[]>(
      ids.map((id, i) => [id, (lists[i] ?? []).map((e) => e.op)]),
    ),
    seqs: new Map<NoticeId, readonly number[]>(ids.map((id, i) => [id, (lists[i] ?? []).map((e) => e.seq)])),
  };
}

const NO_SEQS: ReadonlyMap<NoticeId, readonly number[]> = new Map();

function useRecords(store: WorkspaceStore | null, report: (p: StorageProblem) => void) {
  const onError = useCallback((error: unknown) => report(describeStorageError(error, 'read')), [report]);
  const notices = useLive(store, 'notices', (s) => s.listNotices(), onError);
  const savedViews = useLive(store, 'views', (s) => s.listSavedViews(), onError);
  const notes = useLive(store, 'notes', (s) => s.listNotes(), onError);
  return {
    notices: notices.value,
    savedViews: savedViews.value ?? NO_VIEWS,
    notes: notes.value ?? NO_NOTES,
    onError,
  };
}

function atlasWorkspace(
  view: ScopedView | null,
  scope: NoticeScope,
  setScope: (s: NoticeScope) => void,
  correct: CorrectionActions['correct'],
): AtlasWorkspace | null {
  if (!view) return null;
  const { parts, origin, agencyNotices, spellings, proposals } = view.merged;
  // Tags mark notices apart: with one notice in view there is nothing to tell apart.
  const tags = parts.length > 1 ? view.merged.tags : new Map<NoticeId, NoticeTag>();
  return {
    scope,
    setScope,
    parts,
    origin,
    agencyNotices,
    spellings,
    tags,
    proposals,
    corrected: view.marks,
    correct,
  };
}

/** The records of the notices in view, with their sources: only those, so the view is back after a
 *  reload however large the workspace. Undefined while a new scope is read. */
function useRecordsInScope(
  store: WorkspaceStore | null,
  scope: NoticeScope,
  onError: (error: unknown) => void,
): readonly NoticeRecord[] | undefined {
  const ids = scope.kind === 'notices' ? scope.ids : 'all';
  const key = ids === 'all' ? 'scope:all' : `scope:${ids.join(',')}`;
  const live = useLive(store, key, (s) => s.readNotices(ids), onError);
  return live.current ? live.value : undefined;
}

/** The model of the notices in view: their corrections read live, their models parsed and merged. */
function useModelInView(
  store: WorkspaceStore | null,
  inScope: readonly NoticeRecord[] | undefined,
  scope: NoticeScope,
  onError: (error: unknown) => void,
): { model: ScopedModel; seqs: ReadonlyMap<NoticeId, readonly number[]> } {
  const ids = (inScope ?? []).map((n) => n.id);
  const corrections = useLive(store, `corrections:${ids.join(',')}`, (s) => readCorrections(s, ids), onError);
  const model = useScopedModel(
    store ? pageParser() : null,
    inScope,
    corrections.current ? corrections.value?.ops : undefined,
    scope,
  );
  return { model, seqs: corrections.value?.seqs ?? NO_SEQS };
}

/** Keeps what a move into memory starts from when the browser will not even read the stored workspace:
 *  the notices in view (the page holds no other sources; those stay stored, to come back on a reload),
 *  saved views and notes. */
function useLastKnown(
  knownRef: RefObject<WorkspaceData>,
  inScope: readonly NoticeRecord[] | undefined,
  records: { savedViews: readonly SavedView[]; notes: readonly Note[] },
  view: ScopedView | null,
): void {
  const { savedViews, notes } = records;
  useEffect(() => {
    const corrected = new Map(view?.notices.map((n) => [n.id, n.ops]));
    knownRef.current = {
      notices: (inScope ?? []).map((n) => ({ ...n, corrections: corrected.get(n.id) ?? [] })),
      savedViews,
      notes,
    };
  }, [knownRef, inScope, savedViews, notes, view]);
}

type UiParts = Omit<WorkspaceUi, 'backend' | 'notices'> & {
  readonly backend: WorkspaceUi['backend'] | null;
  readonly notices: readonly NoticeSummary[] | undefined;
};

/** The panels' context, a new object only when one of its parts changes. */
function useWorkspaceUi(parts: UiParts): WorkspaceUi | null {
  const { backend, notices, scope, setScope, scoped, savedViews, notes, panels, setPanel } = parts;
  const { corrections, views, file, save } = parts;
  return useMemo(
    () =>
      backend && {
        backend,
        notices: notices ?? [],
        scope,
        setScope,
        scoped,
        savedViews,
        notes,
        panels,
        setPanel,
        corrections,
        views,
        file,
        save,
      },
    [
      backend,
      notices,
      scope,
      setScope,
      scoped,
      savedViews,
      notes,
      panels,
      setPanel,
      corrections,
      views,
      file,
      save,
    ],
  );
}

export function useWorkspaceApp(defaultView: string): WorkspaceApp {
  const address = useAddress(defaultView);
  const known = useRef<WorkspaceData>(EMPTY_WORKSPACE);
  const storage = useWorkspaceStore(useCallback(() => known.current, []));
  const { started, savedViewId } = useStartup(storage, address);
  const store = started ? storage.store : null;
  const records = useRecords(store, storage.reportProblem);
  const { notices, savedViews, notes } = records;
  const { scope, setScope } = useScope(address, notices);
  const inScope = useRecordsInScope(store, scope, records.onError);
  const { model, seqs } = useModelInView(store, inScope, scope, records.onError);
  useLastKnown(known, inScope, records, model.view);

  const { panels, setPanel } = usePanels(address);
  const corrections = useCorrectionActions(storage.save, model.current ? model.view : null, seqs);
  const views = useSavedViews(storage.save, address, scope, defaultView, savedViews, savedViewId);
  const file = useWorkspaceFile(storage.save);
  const selectionId = address.url.selection?.id ?? null;
  useSessionWriter(store ? storage.save : null, views.current, views.active?.id ?? null, panels, selectionId);

  const view = model.view;
  const atlas = useMemo(
    () => atlasWorkspace(view, scope, setScope, corrections.correct),
    [view, scope, setScope, corrections.correct],
  );
  const backend = storage.store?.backend ?? null;
  const save = storage.save;
  const ui = useWorkspaceUi({
    backend,
    notices,
    scope,
    setScope,
    scoped: view,
    savedViews,
    notes,
    panels,
    setPanel,
    corrections,
    views,
    file,
    save,
  });
  return { address, storage, model, started, atlas, ui };
}
