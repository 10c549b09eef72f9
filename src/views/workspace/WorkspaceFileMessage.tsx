// What became of a workspace file the user opened: refused (with the reason, nothing changed), checked
// and waiting for the user to confirm the replacement, or put in place.
import { useMessages } from '../i18n/lang-context.tsx';
import type { Messages } from '../i18n/messages.ts';
import type { Mended, WorkspaceFileProblem } from '../../workspace/file.ts';
import type { WorkspaceData } from '../../workspace/records.ts';
import { TechnicalDetail } from '../shared/TechnicalDetail.tsx';

export type OpenedFile =
  | {
      readonly kind: 'refused';
      readonly fileName: string;
      readonly problem: WorkspaceFileProblem;
      /** The field and the fault, in English: kept under a fold. */
      readonly reason: string;
    }
  | {
      readonly kind: 'checked';
      readonly fileName: string;
      readonly workspace: WorkspaceData;
      readonly repaired: readonly Mended[];
    }
  | { readonly kind: 'replaced'; readonly fileName: string };

function contents(workspace: WorkspaceData, m: Messages): string {
  const corrections = workspace.notices.reduce((sum, n) => sum + n.corrections.length, 0);
  return m.notices.fileContents(
    workspace.notices.length,
    corrections,
    workspace.savedViews.length,
    workspace.notes.length,
  );
}

interface Props {
  readonly opened: OpenedFile;
  /** How many notices the workspace holds now. */
  readonly notices: number;
  readonly onReplace: (fileName: string, workspace: WorkspaceData) => void;
  readonly onCancel: () => void;
}

export function WorkspaceFileMessage({ opened, notices, onReplace, onCancel }: Props) {
  const m = useMessages();
  if (opened.kind === 'refused')
    return (
      <div className="workspace-file-message is-refused" role="alert">
        <p>
          <strong>{opened.fileName}</strong> {m.notices.notOpened(m.notices.fileProblem(opened.problem))}
        </p>
        <p className="ws-hint">{m.notices.unchanged}</p>
        <TechnicalDetail text={opened.reason} />
      </div>
    );
  if (opened.kind === 'replaced')
    return (
      <p className="ws-hint workspace-file-message is-replaced" role="status">
        {m.notices.nowHolds(opened.fileName)}
      </p>
    );
  return (
    <div className="workspace-file-message is-checked">
      <p>
        {m.notices.replaceWith(notices)} <strong>{opened.fileName}</strong>: {contents(opened.workspace, m)}?
      </p>
      {opened.repaired.map((r) => (
        <p key={r.savedView} className="ws-hint">
          {m.notices.mended(r)}
        </p>
      ))}
      <div className="ws-row">
        <button
          type="button"
          className="ws-button is-danger workspace-replace"
          onClick={() => onReplace(opened.fileName, opened.workspace)}
        >
          {m.notices.replace}
        </button>
        <button type="button" className="ws-button" onClick={onCancel}>
          {m.notices.cancel}
        </button>
      </div>
    </div>
  );
}
