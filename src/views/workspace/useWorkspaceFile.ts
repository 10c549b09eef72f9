// The workspace file: everything exported to one JSON file, and a file read back — checked first, and
// only then put in place of the current workspace, in one write.
import { useCallback, useMemo } from 'react';
import { readWorkspaceFile, writeWorkspaceFile, type WorkspaceFileReading } from '../../workspace/file.ts';
import type { WorkspaceData } from '../../workspace/records.ts';
import type { WorkspaceStoreState } from './useWorkspaceStore.ts';

export interface WorkspaceFileActions {
  readonly exportFile: () => Promise<void>;
  /** Reads and checks a file; nothing is changed. */
  readonly read: (file: File) => Promise<WorkspaceFileReading>;
  /** Puts a checked workspace in place of the current one. */
  readonly replace: (workspace: WorkspaceData) => Promise<boolean>;
}

export function workspaceFileName(now: Date): string {
  return `fengong-atlas-workspace-${now.toISOString().slice(0, 10)}.json`;
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the address is no longer needed once it has.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useWorkspaceFile(save: WorkspaceStoreState['save']): WorkspaceFileActions {
  const exportFile = useCallback(async () => {
    const data = await save((store) => store.exportWorkspace());
    if (!data) return;
    const now = new Date();
    download(writeWorkspaceFile(data, now.toISOString()), workspaceFileName(now));
  }, [save]);

  const read = useCallback(async (file: File): Promise<WorkspaceFileReading> => {
    try {
      return readWorkspaceFile(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      // The reason only: the file's name and "was not opened" are said by the view in its language.
      return { ok: false, reason: String(error), problem: { code: 'unreadable' } };
    }
  }, []);

  const replace = useCallback(
    async (workspace: WorkspaceData) =>
      (await save(async (store) => (await store.replaceWorkspace(workspace), true))) === true,
    [save],
  );

  return useMemo(() => ({ exportFile, read, replace }), [exportFile, read, replace]);
}
