// The area under the header: the notices panel at the left, the view, the inspector at the right. Each
// panel opens from the top bar and stays open across a reload (it is in the address). Both panels are
// loaded when first opened: a first visit, which opens neither, does not download them.
import { lazy, Suspense, type ReactNode } from 'react';
import { useMessages } from '../i18n/lang-context.tsx';
import { PartBoundary } from '../PartBoundary.tsx';
import { useWorkspace } from './workspace-context.tsx';
import './WorkspaceBody.css';

const NoticesPanel = lazy(() => import('./NoticesPanel.tsx').then((m) => ({ default: m.NoticesPanel })));
const Inspector = lazy(() => import('./Inspector.tsx').then((m) => ({ default: m.Inspector })));

/** A panel loaded on demand: nothing while its code arrives, a message if it cannot. */
function LoadedPanel({ part, children }: { part: string; children: ReactNode }) {
  return (
    <PartBoundary part={part}>
      <Suspense fallback={null}>{children}</Suspense>
    </PartBoundary>
  );
}

export function WorkspaceBody({ children }: { children: ReactNode }) {
  const { panels } = useWorkspace();
  const m = useMessages();
  return (
    <div className="workspace-body">
      {panels.has('notices') ? (
        <LoadedPanel part={m.import.notices}>
          <NoticesPanel />
        </LoadedPanel>
      ) : null}
      {children}
      {panels.has('inspector') ? (
        <LoadedPanel part={m.import.inspect}>
          <Inspector />
        </LoadedPanel>
      ) : null}
    </div>
  );
}
