// The app shell: top bar, storage messages, the header of what is in view, the active view between the
// workspace panels, and the import dialog. The workspace (src/views/workspace) supplies the model.
import { memo } from 'react';
import { AtlasProvider, useAtlas } from './atlas.tsx';
import { OfflineUpdate } from './OfflineUpdate.tsx';
import { PartBoundary } from './PartBoundary.tsx';
import { TopBar } from './TopBar.tsx';
import { DEFAULT_VIEW, findView } from './view-registry.ts';
import { DropZone } from './workspace/DropZone.tsx';
import { EmptyScope } from './workspace/EmptyScope.tsx';
import { ImportDialog } from './workspace/ImportDialog.tsx';
import { ImportProvider } from './workspace/import-context.tsx';
import { ImportResume } from './workspace/ImportResume.tsx';
import { ScopeHeader } from './workspace/ScopeHeader.tsx';
import { StorageBanner } from './workspace/StorageBanner.tsx';
import { pageParser } from './workspace/page-parser.ts';
import { useWorkspaceApp } from './workspace/useWorkspaceApp.ts';
import { WorkspaceActions } from './workspace/WorkspaceActions.tsx';
import { WorkspaceBody } from './workspace/WorkspaceBody.tsx';
import { WorkspaceContext } from './workspace/workspace-context.tsx';
import './App.css';

/** Memoised: it draws from the atlas alone, so the workspace's own changes (a notice stored, a panel
 *  opened) do not redraw the view. */
const ActiveView = memo(function ActiveView() {
  const { view, workspace } = useAtlas();
  const { name, label, Component } = findView(view);
  return (
    <main className="app-view" data-view={name}>
      {workspace.parts.length === 0 ? (
        <EmptyScope />
      ) : (
        // Keyed by view: leaving a view that failed for another clears the failure.
        <PartBoundary key={name} part={`The ${label} view`}>
          <Component />
        </PartBoundary>
      )}
    </main>
  );
});

export function App() {
  const { address, storage, model, started, atlas, ui } = useWorkspaceApp(DEFAULT_VIEW);
  const shown = model.view;
  const status = shown ? (model.current ? 'ready' : 'updating') : model.error ? 'failed' : 'opening';
  return (
    <div
      className="app"
      data-status={status}
      data-parser={shown ? pageParser().thread : undefined}
      data-storage={ui?.backend}
    >
      <OfflineUpdate />
      {ui && shown && atlas ? (
        <WorkspaceContext.Provider value={ui}>
          <ImportProvider>
            <AtlasProvider
              model={shown.merged.model}
              defaultView={DEFAULT_VIEW}
              address={address}
              workspace={atlas}
            >
              <TopBar>
                <WorkspaceActions progress={model.progress} />
              </TopBar>
              <StorageBanner problems={storage.problems} onDismiss={storage.dismissProblem} />
              <ImportResume />
              <ScopeHeader />
              <WorkspaceBody>
                <ActiveView />
              </WorkspaceBody>
              <ImportDialog />
              <DropZone />
            </AtlasProvider>
          </ImportProvider>
        </WorkspaceContext.Provider>
      ) : (
        <>
          <StorageBanner problems={storage.problems} onDismiss={storage.dismissProblem} />
          <main className="app-status">
            {model.error ? (
              <p role="alert">The notices could not be read: {model.error}</p>
            ) : (
              <p>{started ? 'Reading the notices…' : 'Opening the workspace…'}</p>
            )}
          </main>
        </>
      )}
    </div>
  );
}
