// The views the top bar offers, in order. Each view reads what it needs from useAtlas().
import type { ComponentType } from 'react';
import { OutlineAndSource } from './OutlineAndSource.tsx';
import { GraphView } from './graph/GraphView.tsx';
import { CoassignmentView } from './matrix/CoassignmentView.tsx';
import { MatrixView } from './matrix/MatrixView.tsx';
import { ProjectsView } from './projects/ProjectsView.tsx';
import { MeasuresView } from './measures/MeasuresView.tsx';
import { RankingView } from './ranking/RankingView.tsx';
import { CompareView } from './compare/CompareView.tsx';

export interface ViewEntry {
  /** Kept in the address (`#view=…`). */
  readonly name: string;
  readonly label: string;
  readonly Component: ComponentType;
}

export const VIEWS: readonly ViewEntry[] = [
  { name: 'graph', label: 'Network', Component: GraphView },
  { name: 'outline', label: 'Outline & source', Component: OutlineAndSource },
  { name: 'matrix', label: 'Agency × task', Component: MatrixView },
  { name: 'coassignment', label: 'Agency × agency', Component: CoassignmentView },
  { name: 'ranking', label: 'Load ranking', Component: RankingView },
  { name: 'measures', label: 'Measures', Component: MeasuresView },
  { name: 'projects', label: 'Projects', Component: ProjectsView },
  { name: 'compare', label: 'Compare', Component: CompareView },
];

export const DEFAULT_VIEW = 'graph';

export function findView(name: string): ViewEntry {
  return VIEWS.find((v) => v.name === name) ?? (VIEWS[0] as ViewEntry);
}
