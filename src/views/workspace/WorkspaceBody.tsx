// The area under the header: the notices panel at the left, the view, the inspector at the right. Each
// panel opens from the top bar and stays open across a reload (it is in the address).
import type { ReactNode } from 'react';
import { Inspector } from './Inspector.tsx';
import { NoticesPanel } from './NoticesPanel.tsx';
import { useWorkspace } from './workspace-context.tsx';
import './WorkspaceBody.css';

export function WorkspaceBody({ children }: { children: ReactNode }) {
  const { panels } = useWorkspace();
  return (
    <div className="workspace-body">
      {panels.has('notices') ? <NoticesPanel /> : null}
      {children}
      {panels.has('inspector') ? <Inspector /> : null}
    </div>
  );
}
