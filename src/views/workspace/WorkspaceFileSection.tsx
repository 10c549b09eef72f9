// The workspace file: everything exported to one JSON file, or a file opened in place of the workspace —
// checked first, refused with the reason if damaged or foreign, and only applied once confirmed.
import { useMessages } from '../i18n/lang-context.tsx';
import { useState } from 'react';
import { SCOPE_PARAM } from '../../view-model/scope-address.ts';
import type { WorkspaceData } from '../../workspace/records.ts';
import { useAtlas } from '../atlas.tsx';
import { WorkspaceFileMessage, type OpenedFile } from './WorkspaceFileMessage.tsx';
import { useWorkspace } from './workspace-context.tsx';

export function WorkspaceFileSection() {
  const { file, notices, backend } = useWorkspace();
  const { setParam } = useAtlas();
  const m = useMessages();
  const [opened, setOpened] = useState<OpenedFile | null>(null);

  const open = async (chosen: File) => {
    const reading = await file.read(chosen);
    setOpened(
      reading.ok
        ? { kind: 'checked', fileName: chosen.name, workspace: reading.workspace, repaired: reading.repaired }
        : { kind: 'refused', fileName: chosen.name, problem: reading.problem, reason: reading.reason },
    );
  };
  const replace = async (fileName: string, workspace: WorkspaceData) => {
    if (!(await file.replace(workspace))) return setOpened(null);
    // The notices in view were this workspace's; the file's first notice is shown instead.
    setParam(SCOPE_PARAM, null);
    setOpened({ kind: 'replaced', fileName });
  };

  return (
    <section className="ws-section workspace-file" aria-label={m.notices.file}>
      <h2 className="ws-section-title">{m.notices.file}</h2>
      <p className="ws-hint">{m.notices.fileHint}</p>
      <div className="ws-row workspace-file-actions">
        <button type="button" className="ws-button workspace-export" onClick={() => void file.exportFile()}>
          {m.notices.exportFile}
        </button>
        <label className="ws-button workspace-open">
          {m.notices.openFile}
          <input
            type="file"
            accept=".json,application/json"
            className="import-file-input"
            onChange={(event) => {
              const chosen = event.target.files?.[0];
              event.target.value = '';
              if (chosen) void open(chosen);
            }}
          />
        </label>
      </div>
      {opened ? (
        <WorkspaceFileMessage
          opened={opened}
          notices={notices.length}
          onReplace={(fileName, workspace) => void replace(fileName, workspace)}
          onCancel={() => setOpened(null)}
        />
      ) : null}
      <p className="ws-hint storage-where">
        {backend === 'indexeddb' ? m.notices.savedHere : m.notices.memoryOnly}
      </p>
    </section>
  );
}
