// The state every view shares: the notice, its analysis, the active view and the selection. What is
// selected in one view is selected in all of them, and the address keeps it across a reload.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { readUrlState, writeUrlState, type SelectionRef, type UrlState } from '../app/url-state.ts';
import { computeWorkload, type Workload } from '../analysis/workload.ts';
import type { AgencyId, NoticeModel } from '../notice/model.ts';

export interface Selection extends SelectionRef {
  /** The view or panel the selection was made in: the others follow it. */
  readonly from: string;
  /** Increases on every selection, so picking the same thing again still scrolls to it. */
  readonly seq: number;
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
}

const AtlasContext = createContext<Atlas | null>(null);

export function useAtlas(): Atlas {
  const atlas = useContext(AtlasContext);
  if (!atlas) throw new Error('useAtlas is used outside <AtlasProvider>.');
  return atlas;
}

function initialState(defaultView: string): UrlState {
  const state = readUrlState(window.location.hash);
  return { ...state, view: state.view ?? defaultView };
}

export function AtlasProvider({
  model,
  defaultView,
  children,
}: {
  model: NoticeModel;
  defaultView: string;
  children: ReactNode;
}) {
  const [url, setUrl] = useState<UrlState>(() => initialState(defaultView));
  const [seq, setSeq] = useState(0);
  const [from, setFrom] = useState('address');
  const workloads = useMemo(() => computeWorkload(model), [model]);

  useEffect(() => {
    const hash = writeUrlState(url);
    if (hash !== window.location.hash)
      window.history.replaceState(null, '', hash || window.location.pathname);
  }, [url]);
  useEffect(() => {
    const follow = () => setUrl(initialState(defaultView));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [defaultView]);

  const select = useCallback((ref: SelectionRef | null, source: string) => {
    setUrl((u) => ({ ...u, selection: ref }));
    setFrom(source);
    setSeq((n) => n + 1);
  }, []);
  const setView = useCallback((view: string) => setUrl((u) => ({ ...u, view })), []);
  const setParam = useCallback(
    (key: string, value: string | null) =>
      setUrl((u) => {
        const params = { ...u.params };
        if (value === null) delete params[key];
        else params[key] = value;
        return { ...u, params };
      }),
    [],
  );

  const atlas = useMemo<Atlas>(
    () => ({
      model,
      workloads,
      view: url.view ?? defaultView,
      setView,
      selection: url.selection ? { ...url.selection, from, seq } : null,
      select,
      params: url.params,
      setParam,
    }),
    [model, workloads, url, defaultView, setView, from, seq, select, setParam],
  );
  return <AtlasContext.Provider value={atlas}>{children}</AtlasContext.Provider>;
}
