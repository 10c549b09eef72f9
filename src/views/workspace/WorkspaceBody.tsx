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

export function WorkspaceBody({ children }: { children: ReactNode }) {
  const { panels } = useWorkspace();
  const m = useMessages();
  return (
    <div className="workspace-body">
      {panels.has('notices') ? (
        <PartBoundary part={m.import.notices}>
          <Suspense fallback={null}>
            <NoticesPanel />
          </Suspense>
        </PartBoundary>
      ) : null}
      {children}
      {panels.has('inspector') ? (
        <PartBoundary part={m.import.inspect}>
          <Suspense fallback={null}>
            <Inspector />
          </Suspense>
        </PartBoundary>
      ) : null}
    </div>
  );
}
