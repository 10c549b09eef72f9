// One export action at a time: what is running, what came of the last one, and its error in plain
// words. A failure (a font that does not load, a canvas too large) is a message, never a crash.
import { useMessages } from '../i18n/lang-context.tsx';
import { useCallback, useRef, useState } from 'react';

export interface ExportTask {
  /** What is being made, e.g. `PNG`; null when idle. */
  readonly busy: string | null;
  /** The last file made, e.g. `Saved 规划-network-2014-02-26.png (312 KB)`. */
  readonly done: string | null;
  readonly error: string | null;
  /** Runs one action; returns once it has finished or failed. */
  readonly run: (label: string, action: () => Promise<string>) => Promise<void>;
}

function plainMessage(reason: unknown): string {
  if (reason instanceof Error) return reason.message || reason.name;
  return String(reason);
}

export function useExportTask(): ExportTask {
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);
  const m = useMessages();
  const run = useCallback(
    async (label: string, action: () => Promise<string>) => {
      if (running.current) return;
      running.current = true;
      setBusy(label);
      setError(null);
      setDone(null);
      try {
        setDone(await action());
      } catch (reason) {
        setError(m.export.failed(label, plainMessage(reason)));
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [m],
  );
  return { busy, done, error, run };
}

/** `312 KB`, `1.4 MB`: how large the file came out. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
