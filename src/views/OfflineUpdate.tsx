// The note that a new version of the app is ready: offered, not forced — the open tab keeps the
// version it runs until the user reloads.
import { useEffect, useState } from 'react';
import { registerOffline, type OfflineUpdate as Update } from '../offline/register.ts';

export function OfflineUpdate() {
  const [update, setUpdate] = useState<Update | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => registerOffline(setUpdate), []);
  if (!update || dismissed) return null;
  return (
    <div className="offline-update" role="status">
      <span>新版本已就绪 A new version of Fengong Atlas is ready.</span>
      <button type="button" className="ws-button is-primary" onClick={update.apply}>
        Reload to use it
      </button>
      <button type="button" className="ws-link" onClick={() => setDismissed(true)}>
        Later
      </button>
    </div>
  );
}
