// The panel at the left: the notices and which are in view, saved views, and the workspace file.
import { NoticeList } from './NoticeList.tsx';
import { SavedViewsSection } from './SavedViewsSection.tsx';
import { WorkspaceFileSection } from './WorkspaceFileSection.tsx';
import './NoticesPanel.css';
import './workspace.css';

export function NoticesPanel() {
  return (
    <aside className="workspace-side notices-panel" aria-label="Workspace">
      <div className="notices-panel-scroll">
        <NoticeList />
        <SavedViewsSection />
        <WorkspaceFileSection />
      </div>
    </aside>
  );
}
