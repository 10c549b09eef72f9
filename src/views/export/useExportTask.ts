// One export action at a time: what is running, what came of the last one, and its error in plain
// words. A failure (a font that does not load, a canvas too large) is a message, never a crash.
import { useMessages } from '../i18n/lang-context.tsx';
import { useCallback, useRef, useState } from 'react';
import { exportFailure } from './export-error.ts';

/** A failed export: the message in the interface's language, and the technical line behind it. */
export interface ExportTaskError {
  readonly message: string;
  readonly detail: string;
}

export interface ExportTask {
  /** What is being made, e.g. `PNG`; null when idle. */
  readonly busy: string | null;
  /** The last file made, in the interface's language, e.g. `已保存 规划-network-2014-02-26.png（312 KB）`. */
  readonly done: string | null;
  readonly error: ExportTaskError | null;
  /** Runs one action; returns once it has finished or failed. */
  readonly run: (label: string, action: () => Promise<string>) => Promise<void>;
}

export function useExportTask(): ExportTask {
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ExportTaskError | null>(null);
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
        const { code, detail } = exportFailure(reason);
        setError({ message: m.export.failed(label, m.export.failures[code ?? 'other']), detail });
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [m],
  );
  return { busy, done, error, run };
}
