// What the view area shows when no notice is in view: how to get one there. The workspace never ends
// blank: the Manzhouli notice is one click away (stored again if it was deleted), and with notices in
// the workspace but none ticked, the notices list opens beside this message.
import { useMessages } from '../i18n/lang-context.tsx';
import { useEffect, useState } from 'react';
import { SEED_NOTICE_ID } from '../../view-model/seed-notice.ts';
import { noticeScope } from '../../workspace/scope.ts';
import { useImporter } from './import-context.tsx';
import { storeSeedNotice } from './useStartup.ts';
import { useWorkspace } from './workspace-context.tsx';
import './workspace.css';

export function EmptyScope() {
  const { notices, setPanel, setScope, save } = useWorkspace();
  const { setOpen: setImportOpen } = useImporter();
  const [busy, setBusy] = useState(false);
  const m = useMessages();
  const hasSeed = notices.some((n) => n.id === SEED_NOTICE_ID);
  const some = notices.length > 0;
  useEffect(() => {
    if (some) setPanel('notices', true);
    // Once, as the message appears: the user may close the list again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const showSeed = async () => {
    setBusy(true);
    try {
      if (!hasSeed) await storeSeedNotice(save);
      setScope(noticeScope([SEED_NOTICE_ID]));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="empty-scope">
      <p>{some ? m.import.emptyNone : m.import.emptyWorkspace}</p>
      <div className="ws-row">
        <button
          type="button"
          className="ws-button is-primary empty-scope-seed"
          disabled={busy}
          onClick={() => void showSeed()}
        >
          {hasSeed ? m.import.showSeed : m.import.addSeed}
        </button>
        {some ? (
          <button type="button" className="ws-button" onClick={() => setPanel('notices', true)}>
            {m.import.chooseNotices}
          </button>
        ) : null}
        <button type="button" className="ws-button" onClick={() => setImportOpen(true)}>
          {m.import.importNotices}
        </button>
      </div>
    </div>
  );
}
