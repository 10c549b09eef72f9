// What the workspace panels share: the notices, what is in view, saved views and notes, and the actions
// on them. Views draw from useAtlas(); the panels around them from useWorkspace().
import { createContext, useContext } from 'react';
import type { SidePanel } from '../../view-model/scope-address.ts';
import type { WorkspaceStore } from '../../store/index.ts';
import type { Note, NoticeSummary, SavedView } from '../../workspace/records.ts';
import type { NoticeScope } from '../../workspace/scope.ts';
import type { CorrectionActions } from './useCorrectionActions.ts';
import type { SavedViewActions } from './useSavedViews.ts';
import type { ScopedView } from './useScopedModel.ts';
import type { WorkspaceFileActions } from './useWorkspaceFile.ts';
import type { WorkspaceStoreState } from './useWorkspaceStore.ts';

export interface WorkspaceUi {
  readonly backend: WorkspaceStore['backend'];
  readonly notices: readonly NoticeSummary[];
  readonly scope: NoticeScope;
  readonly setScope: (scope: NoticeScope) => void;
  readonly scoped: ScopedView | null;
  readonly savedViews: readonly SavedView[];
  readonly notes: readonly Note[];
  readonly panels: ReadonlySet<SidePanel>;
  readonly setPanel: (panel: SidePanel, open: boolean) => void;
  readonly corrections: CorrectionActions;
  readonly views: SavedViewActions;
  readonly file: WorkspaceFileActions;
  readonly save: WorkspaceStoreState['save'];
}

export const WorkspaceContext = createContext<WorkspaceUi | null>(null);

export function useWorkspace(): WorkspaceUi {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace is used outside the workspace.');
  return workspace;
}
