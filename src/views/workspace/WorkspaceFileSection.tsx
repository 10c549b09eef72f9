// The workspace file: everything exported to one JSON file, or a file opened in place of the workspace —
// checked first, refused with the reason if damaged or foreign, and only applied once confirmed.
import { useState } from 'react';
import type { WorkspaceData } from '../../workspace/records.ts';
import { SCOPE_PARAM } from '../../app/workspace-address.ts';
import { useAtlas } from '../atlas.tsx';
import { useWorkspace } from './workspace-context.tsx';

type Opened =
  | { readonly kind: 'refused'; readonly fileName: string; readonly reason: string }
  | {
      readonly kind: 'checked';
      readonly fileName: string;
      readonly workspace: WorkspaceData;
      readonly repaired: readonly string[];
    }
  | { readonly kind: 'replaced'; readonly fileName: string };

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function contents(workspace: WorkspaceData): string {
  const corrections = workspace.notices.reduce((sum, n) => sum + n.corrections.length, 0);
  return [
    count(workspace.notices.length, 'notice'),
    count(corrections, 'correction'),
    count(workspace.savedViews.length, 'saved view'),
    count(workspace.notes.length, 'note'),
  ].join(', ');
}

export function WorkspaceFileSection() {
  const { file, notices, backend } = useWorkspace();
  const { setParam } = useAtlas();
  const [opened, setOpened] = useState<Opened | null>(null);

  const open = async (chosen: File) => {
    const reading = await file.read(chosen);
    setOpened(
      reading.ok
        ? { kind: 'checked', fileName: chosen.name, workspace: reading.workspace, repaired: reading.repaired }
        : { kind: 'refused', fileName: chosen.name, reason: reading.reason },
    );
  };
  const replace = async (fileName: string, workspace: WorkspaceData) => {
    if (!(await file.replace(workspace))) return setOpened(null);
    // The notices in view were this workspace's; the file's first notice is shown instead.
    setParam(SCOPE_PARAM, null);
    setOpened({ kind: 'replaced', fileName });
  };

  return (
    <section className="ws-section workspace-file" aria-label="Workspace file">
      <h2 className="ws-section-title">Workspace file</h2>
      <p className="ws-hint">
        Notices, corrections, saved views and notes in one JSON file, to keep or to move.
      </p>
      <div className="ws-row workspace-file-actions">
        <button type="button" className="ws-button workspace-export" onClick={() => void file.exportFile()}>
          Export…
        </button>
        <label className="ws-button workspace-open">
          Open…
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
      {opened?.kind === 'refused' ? (
        <div className="workspace-file-message is-refused" role="alert">
          <p>
            <strong>{opened.fileName}</strong> was not opened. {opened.reason}
          </p>
          <p className="ws-hint">The workspace is unchanged.</p>
        </div>
      ) : null}
      {opened?.kind === 'checked' ? (
        <div className="workspace-file-message is-checked">
          <p>
            Replace this workspace ({count(notices.length, 'notice')}) with <strong>{opened.fileName}</strong>
            : {contents(opened.workspace)}?
          </p>
          {opened.repaired.map((r) => (
            <p key={r} className="ws-hint">
              Mended: {r}
            </p>
          ))}
          <div className="ws-row">
            <button
              type="button"
              className="ws-button is-danger workspace-replace"
              onClick={() => void replace(opened.fileName, opened.workspace)}
            >
              Replace
            </button>
            <button type="button" className="ws-button" onClick={() => setOpened(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
      {opened?.kind === 'replaced' ? (
        <p className="ws-hint workspace-file-message is-replaced" role="status">
          The workspace now holds {opened.fileName}.
        </p>
      ) : null}
      <p className="ws-hint storage-where">
        {backend === 'indexeddb'
          ? 'Saved in this browser as you work.'
          : 'Kept in memory only: export the file before closing this tab.'}
      </p>
    </section>
  );
}
