// The panel at the left: the notices and which are in view, the agencies several notices may name
// differently, saved views, and the workspace file.
import { useMessages } from '../i18n/lang-context.tsx';
import { NoticeList } from './NoticeList.tsx';
import { SameAgencyProposals } from './SameAgencyProposals.tsx';
import { SavedViewsSection } from './SavedViewsSection.tsx';
import { WorkspaceFileSection } from './WorkspaceFileSection.tsx';
import './NoticesPanel.css';
import './workspace.css';

export function NoticesPanel() {
  const m = useMessages();
  return (
    <aside className="workspace-side notices-panel" aria-label={m.notices.workspace}>
      <div className="notices-panel-scroll">
        <NoticeList />
        <SameAgencyProposals />
        <SavedViewsSection />
        <WorkspaceFileSection />
      </div>
    </aside>
  );
}
