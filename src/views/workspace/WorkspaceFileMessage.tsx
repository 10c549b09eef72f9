// What became of a workspace file the user opened: refused (with the reason, nothing changed), checked
// and waiting for the user to confirm the replacement, or put in place.
import type { WorkspaceData } from '../../workspace/records.ts';

export type OpenedFile =
  | { readonly kind: 'refused'; readonly fileName: string; readonly reason: string }
  | {
      readonly kind: 'checked';
      readonly fileName: string;
      readonly workspace: WorkspaceData;
      readonly repaired: readonly string[];
    }
  | { readonly kind: 'replaced'; readonly fileName: string };

export const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function contents(workspace: WorkspaceData): string {
  const corrections = workspace.notices.reduce((sum, n) => sum + n.corrections.length, 0);
  return [
    count(workspace.notices.length, 'notice'),
    count(corrections, 'correction'),
    count(workspace.savedViews.length, 'saved view'),
    count(workspace.notes.length, 'note'),
  ].join(', ');
}

interface Props {
  readonly opened: OpenedFile;
  /** How many notices the workspace holds now. */
  readonly notices: number;
  readonly onReplace: (fileName: string, workspace: WorkspaceData) => void;
  readonly onCancel: () => void;
}

export function WorkspaceFileMessage({ opened, notices, onReplace, onCancel }: Props) {
  if (opened.kind === 'refused')
    return (
      <div className="workspace-file-message is-refused" role="alert">
        <p>
          <strong>{opened.fileName}</strong> was not opened. {opened.reason}
        </p>
        <p className="ws-hint">The workspace is unchanged.</p>
      </div>
    );
  if (opened.kind === 'replaced')
    return (
      <p className="ws-hint workspace-file-message is-replaced" role="status">
        The workspace now holds {opened.fileName}.
      </p>
    );
  return (
    <div className="workspace-file-message is-checked">
      <p>
        Replace this workspace ({count(notices, 'notice')}) with <strong>{opened.fileName}</strong>:{' '}
        {contents(opened.workspace)}?
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
          onClick={() => onReplace(opened.fileName, opened.workspace)}
        >
          Replace
        </button>
        <button type="button" className="ws-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
