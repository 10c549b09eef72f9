// The state every view shares: the model of the notices in view, its analysis, the active view and the
// selection. What is selected in one view is selected in all of them, and the address keeps it across a
// reload. `workspace` says which notices are in view and lets any view dispatch a correction.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SelectionRef } from '../view-model/url-state.ts';
import { viewParams, SCOPE_PARAM, writeScopeParam } from '../view-model/scope-address.ts';
import { NO_MARKS, type CorrectionMarks } from '../view-model/corrected-notices.ts';
import type { CorrectionProblem, CorrectionRequest } from '../view-model/correction-plan.ts';
import { computeWorkload, type Workload } from '../analysis/workload.ts';
import { CorrectionMarksContext } from './correction-marks.ts';
import type { AgencyId, NoticeModel } from '../notice/model.ts';
import type { SameAgencyProposal } from '../view-model/notice-union.ts';
import type { NoticeTag } from '../view-model/notice-tags.ts';
import type { AgencySpelling, NoticePart } from '../workspace/merge.ts';
import type { NoticeId } from '../workspace/notice-id.ts';
import { ALL_NOTICES, type NoticeScope } from '../workspace/scope.ts';
import { useAddress, type Address } from './useAddress.ts';

export interface Selection extends SelectionRef {
  /** The view or panel the selection was made in: the others follow it. */
  readonly from: string;
  /** Increases on every selection, so picking the same thing again still scrolls to it. */
  readonly seq: number;
}

/** The notices behind the model. Section, task and item ids are scoped (`<notice>/item-3`); agency ids
 *  are not (one name, one agency across notices). */
export interface AtlasWorkspace {
  readonly scope: NoticeScope;
  readonly setScope: (scope: NoticeScope) => void;
  /** Each notice in view, in order, with where its text sits in `model.text`. */
  readonly parts: readonly NoticePart[];
  /** The notice each scoped section, task and item id comes from. */
  readonly origin: ReadonlyMap<string, NoticeId>;
  /** The notices in view that name each agency. */
  readonly agencyNotices: ReadonlyMap<AgencyId, readonly NoticeId[]>;
  /** How each notice in view wrote each agency (its provenance). */
  readonly spellings: ReadonlyMap<AgencyId, readonly AgencySpelling[]>;
  /** Each notice's letter, label and colour, when several are in view. */
  readonly tags: ReadonlyMap<NoticeId, NoticeTag>;
  /** Agencies the genre's rules take for one body, for the user to confirm or reject. */
  readonly proposals: readonly SameAgencyProposal[];
  /** Agencies and items a correction changed: views may badge them. */
  readonly corrected: CorrectionMarks;
  /** Stores a correction for the notices in view; resolves to null, or to why it was not made. */
  readonly correct: (request: CorrectionRequest) => Promise<CorrectionProblem | null>;
}

export interface Atlas {
  readonly model: NoticeModel;
  readonly workloads: ReadonlyMap<AgencyId, Workload>;
  readonly view: string;
  readonly setView: (view: string) => void;
  readonly selection: Selection | null;
  readonly select: (ref: SelectionRef | null, from: string) => void;
  /** View-specific settings kept in the address. */
  readonly params: Readonly<Record<string, string>>;
  readonly setParam: (key: string, value: string | null) => void;
  readonly workspace: AtlasWorkspace;
}

const AtlasContext = createContext<Atlas | null>(null);

export function useAtlas(): Atlas {
  const atlas = useContext(AtlasContext);
  if (!atlas) throw new Error('useAtlas is used outside <AtlasProvider>.');
  return atlas;
}

/** The atlas when there is one: for small parts (a chip) that are also drawn outside any view. */
export function useOptionalAtlas(): Atlas | null {
  return useContext(AtlasContext);
}

interface ProviderProps {
  readonly model: NoticeModel;
  readonly defaultView: string;
  readonly children: ReactNode;
  /** The address state, when the app owns it (it reads the scope from it before there is a model). */
  readonly address?: Address;
  readonly workspace?: AtlasWorkspace;
  /** The model's workloads when the caller has them (the workspace measures a large notice in slices);
   *  computed here otherwise. */
  readonly workloads?: ReadonlyMap<AgencyId, Workload>;
}

export function AtlasProvider(props: ProviderProps) {
  return props.address ? <AtlasState {...props} address={props.address} /> : <OwnAddress {...props} />;
}

function OwnAddress(props: ProviderProps) {
  const address = useAddress(props.defaultView);
  return <AtlasState {...props} address={address} />;
}

function standaloneWorkspace(setParam: Atlas['setParam']): AtlasWorkspace {
  return {
    scope: ALL_NOTICES,
    setScope: (scope) => setParam(SCOPE_PARAM, writeScopeParam(scope)),
    parts: [],
    origin: new Map(),
    agencyNotices: new Map(),
    spellings: new Map(),
    tags: new Map(),
    proposals: [],
    corrected: NO_MARKS,
    correct: async () => 'no-workspace',
  };
}

function AtlasState({
  model,
  defaultView,
  children,
  address,
  workspace,
  workloads: given,
}: ProviderProps & { address: Address }) {
  const { url, setUrl } = address;
  const [seq, setSeq] = useState(0);
  const [from, setFrom] = useState('address');
  const workloads = useMemo(() => given ?? computeWorkload(model), [given, model]);

  const select = useCallback(
    (ref: SelectionRef | null, source: string) => {
      setUrl((u) => ({ ...u, selection: ref }));
      setFrom(source);
      setSeq((n) => n + 1);
    },
    [setUrl],
  );
  const setView = useCallback((view: string) => setUrl((u) => ({ ...u, view })), [setUrl]);
  const setParam = useCallback(
    (key: string, value: string | null) =>
      setUrl((u) => {
        const params = { ...u.params };
        if (value === null) delete params[key];
        else params[key] = value;
        return { ...u, params };
      }),
    [setUrl],
  );
  const params = useMemo(() => viewParams(url.params), [url.params]);
  const shared = useMemo(() => workspace ?? standaloneWorkspace(setParam), [workspace, setParam]);

  const atlas = useMemo<Atlas>(
    () => ({
      model,
      workloads,
      view: url.view ?? defaultView,
      setView,
      selection: url.selection ? { ...url.selection, from, seq } : null,
      select,
      params,
      setParam,
      workspace: shared,
    }),
    [
      model,
      workloads,
      url.view,
      url.selection,
      params,
      defaultView,
      setView,
      from,
      seq,
      select,
      setParam,
      shared,
    ],
  );
  return (
    <AtlasContext.Provider value={atlas}>
      <CorrectionMarksContext.Provider value={shared.corrected}>{children}</CorrectionMarksContext.Provider>
    </AtlasContext.Provider>
  );
}
