// The note that a new version of the app is ready: offered, not forced — the open tab keeps the
// version it runs until the user reloads.
import { useEffect, useState } from 'react';
import { useMessages } from './i18n/lang-context.tsx';
import { registerOffline, type OfflineUpdate as Update } from '../offline/register.ts';

export function OfflineUpdate() {
  const [update, setUpdate] = useState<Update | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const m = useMessages();
  useEffect(() => registerOffline(setUpdate), []);
  if (!update || dismissed) return null;
  return (
    <div className="offline-update" role="status">
      <span>{m.app.newVersion}</span>
      <button type="button" className="ws-button is-primary" onClick={update.apply}>
        {m.app.reload}
      </button>
      <button type="button" className="ws-link" onClick={() => setDismissed(true)}>
        {m.app.later}
      </button>
    </div>
  );
}
