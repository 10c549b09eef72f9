// The views the top bar offers, in order (their names are in the message catalogue, i18n/app-messages). Each view reads what it needs from useAtlas(). The network is
// the first screen and comes with the page; every other view is its own chunk, loaded when opened.
import { createElement, use, type ComponentType } from 'react';
import { GraphView } from './graph/GraphView.tsx';

export interface ViewEntry {
  /** Kept in the address (`#view=…`). */
  readonly name: string;
  readonly Component: ComponentType;
  /** Fetches a lazy view's chunk; settled once it has arrived or failed. */
  readonly preload?: () => Promise<unknown>;
}

const settled = new Set<string>();

/** A view in its own chunk. Unlike React.lazy, a chunk that has arrived is drawn in the same render,
 *  with no suspended frame: the app says `ready` only once it has (App.tsx), and means it. */
function lazyView(name: string, load: () => Promise<ComponentType>) {
  // Once the chunk is here, a promise already marked fulfilled (the status fields React reads), so
  // use() returns at once; use() is called on every render all the same, as React requires.
  let ready: Promise<ComponentType> | null = null;
  let loading: Promise<ComponentType> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        ready = Object.assign(Promise.resolve(component), { status: 'fulfilled', value: component });
        settled.add(name);
        return component;
      },
      (error: unknown) => {
        settled.add(name); // Settled all the same: the view's boundary says it failed, with a reload.
        loading = null;
        throw error;
      },
    ));
  function LazyView() {
    return createElement(use(ready ?? preload()));
  }
  return { preload, Component: LazyView };
}

/** True when the view is drawn at once: part of the page, or its chunk already here (or failed). */
export function viewSettled(name: string): boolean {
  return findView(name).preload === undefined || settled.has(findView(name).name);
}

export const VIEWS: readonly ViewEntry[] = [
  { name: 'graph', Component: GraphView },
  {
    name: 'outline',
    ...lazyView('outline', () => import('./OutlineAndSource.tsx').then((m) => m.OutlineAndSource)),
  },
  {
    name: 'matrix',
    ...lazyView('matrix', () => import('./matrix/MatrixView.tsx').then((m) => m.MatrixView)),
  },
  {
    name: 'coassignment',
    ...lazyView('coassignment', () =>
      import('./matrix/CoassignmentView.tsx').then((m) => m.CoassignmentView),
    ),
  },
  {
    name: 'ranking',
    ...lazyView('ranking', () => import('./ranking/RankingView.tsx').then((m) => m.RankingView)),
  },
  {
    name: 'measures',
    ...lazyView('measures', () => import('./measures/MeasuresView.tsx').then((m) => m.MeasuresView)),
  },
  {
    name: 'projects',
    ...lazyView('projects', () => import('./projects/ProjectsView.tsx').then((m) => m.ProjectsView)),
  },
  {
    name: 'compare',
    ...lazyView('compare', () => import('./compare/CompareView.tsx').then((m) => m.CompareView)),
  },
  {
    name: 'deadlines',
    ...lazyView('deadlines', () => import('./deadlines/DeadlinesView.tsx').then((m) => m.DeadlinesView)),
  },
];

export const DEFAULT_VIEW = 'graph';

export function findView(name: string): ViewEntry {
  return VIEWS.find((v) => v.name === name) ?? (VIEWS[0] as ViewEntry);
}
