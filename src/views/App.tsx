// The app shell: top bar, storage messages, the header of what is in view, the active view between the
// workspace panels, and the import dialog. The workspace (src/views/workspace) supplies the model.
import { memo, Suspense, useEffect, useState } from 'react';
import { AtlasProvider, useAtlas } from './atlas.tsx';
import { FirstScreen } from './FirstScreen.tsx';
import { LangProvider, useMessages } from './i18n/lang-context.tsx';
import type { Messages } from './i18n/messages.ts';
import { rememberFirstScreenTitle } from './first-screen.ts';
import { OfflineUpdate } from './OfflineUpdate.tsx';
import { PartBoundary } from './PartBoundary.tsx';
import { TopBar } from './TopBar.tsx';
import { DEFAULT_VIEW, findView, viewSettled } from './view-registry.ts';
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
  const m = useMessages();
  const { name, Component } = findView(view);
  const label = m.app.views[name] ?? name;
  return (
    <main className="app-view" data-view={name}>
      {workspace.parts.length === 0 ? (
        <EmptyScope />
      ) : (
        // Keyed by view: leaving a view that failed for another clears the failure.
        <PartBoundary key={name} part={m.app.viewFailed(label)}>
          <Suspense fallback={<p className="app-status">{m.app.loadingView(label)}</p>}>
            <Component />
          </Suspense>
        </PartBoundary>
      )}
    </main>
  );
});

/** The title the header shows for what is in view: the next visit's first screen paints it at once. */
function headerTitle(parts: readonly { readonly notice: { readonly title: string } }[], m: Messages): string {
  if (parts.length === 1) return parts[0]?.notice.title || m.app.untitled;
  return parts.length === 0 ? m.app.noNotice : m.app.noticesInView(parts.length);
}

/** True once the view in the address can be drawn. A lazy view's chunk is fetched from the start, while
 *  the notice is still being read, and the app is `ready` only when it has come. */
function useViewSettled(name: string): boolean {
  const [, settle] = useState(0);
  useEffect(() => {
    let live = true;
    const done = () => live && settle((n) => n + 1);
    findView(name).preload?.().then(done, done);
    return () => {
      live = false;
    };
  }, [name]);
  return viewSettled(name);
}

export function App({ firstTitle = '' }: { readonly firstTitle?: string }) {
  return (
    <LangProvider>
      <AppShell firstTitle={firstTitle} />
    </LangProvider>
  );
}

function AppShell({ firstTitle }: { readonly firstTitle: string }) {
  const m = useMessages();
  const { address, storage, model, started, atlas, ui } = useWorkspaceApp(DEFAULT_VIEW);
  const shown = model.view;
  const viewReady = useViewSettled(address.url.view ?? DEFAULT_VIEW);
  const status = shown
    ? model.current && viewReady
      ? 'ready'
      : 'updating'
    : model.error
      ? 'failed'
      : 'opening';
  const title = shown ? headerTitle(shown.merged.parts, m) : null;
  useEffect(() => {
    if (title !== null) rememberFirstScreenTitle(title);
  }, [title]);
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
              workloads={shown.workloads}
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
          {model.error ? (
            <main className="app-status">
              <p role="alert">{m.app.readFailed(model.error)}</p>
            </main>
          ) : (
            <FirstScreen title={firstTitle} status={started ? m.app.reading : m.app.opening} />
          )}
        </>
      )}
    </div>
  );
}
