// The passages the parser did not read, in the source panel: each with its place and why, shown in the
// text on a click, and fixed where it stands — a passage not read becomes an item, a name not read or
// to check opens its item in the inspector.
import { useMessages } from './i18n/lang-context.tsx';
import { useContext, useState } from 'react';
import { sayDiagnostic } from './i18n/findings.ts';
import { NoticeWords } from './i18n/NoticeWords.tsx';
import type { UnreadPassage } from '../view-model/unread-passages.ts';
import type { ItemId } from '../notice/model.ts';
import { useAtlas } from './atlas.tsx';
import { RoleEditor } from './workspace/RoleEditor.tsx';
import { WorkspaceContext } from './workspace/workspace-context.tsx';
import './UnreadPassages.css';

interface Props {
  readonly id: string;
  readonly passages: readonly UnreadPassage[];
  readonly onShowLine: (line: number) => void;
}

function NewItem({ passage }: { passage: UnreadPassage }) {
  const { workspace } = useAtlas();
  const m = useMessages();
  const part = workspace.parts.find((p) => passage.start >= p.textStart && passage.start < p.textEnd);
  if (!part) return <p className="ws-error">{m.outline.noNotice}</p>;
  return (
    <RoleEditor
      initial={{ lead: [], cooperate: [], responsible: passage.suggested }}
      saveLabel={m.outline.makeItem}
      savesUnchanged={passage.suggested.length > 0}
      request={(roles) => ({
        type: 'addItem',
        noticeId: part.id,
        start: passage.start - part.textStart,
        end: passage.end - part.textStart,
        leads: roles.lead,
        cooperators: roles.cooperate,
        responsible: roles.responsible,
      })}
    />
  );
}

function PassageRow({ passage, onShowLine }: { passage: UnreadPassage; onShowLine: (line: number) => void }) {
  const { select } = useAtlas();
  const ui = useContext(WorkspaceContext);
  const [making, setMaking] = useState(false);
  const m = useMessages();
  const fixItem = (item: ItemId) => {
    select({ kind: 'item', id: item }, 'source');
    ui?.setPanel('inspector', true);
  };
  return (
    <li className={`unread-passage unread-${passage.kind}`}>
      <div className="unread-head">
        <span className="unread-kind">{m.findings.passageKinds[passage.kind]}</span>
        <button type="button" className="unread-place" onClick={() => onShowLine(passage.line)}>
          {m.findings.place(passage.line, passage.column)}
        </button>
        <q className="unread-text" lang="zh-CN">
          {passage.text}
        </q>
      </div>
      <p className="unread-message">
        <NoticeWords text={sayDiagnostic(passage, m)} words={passage.args} />
      </p>
      <div className="unread-actions">
        <button type="button" className="ws-link" onClick={() => onShowLine(passage.line)}>
          {m.outline.showInText(1)}
        </button>
        {passage.kind === 'marker' && ui ? (
          <button
            type="button"
            className="ws-link"
            aria-expanded={making}
            onClick={() => setMaking((m) => !m)}
          >
            {making ? m.outline.cancel : m.outline.makeItemOpen}
          </button>
        ) : null}
        {passage.item !== null && ui ? (
          <button type="button" className="ws-link" onClick={() => fixItem(passage.item as ItemId)}>
            {m.outline.correctItem}
          </button>
        ) : null}
      </div>
      {making ? <NewItem passage={passage} /> : null}
    </li>
  );
}

export function UnreadPassages({ id, passages, onShowLine }: Props) {
  const m = useMessages();
  return (
    <section id={id} className="unread-passages" aria-label={m.outline.passagesLabel}>
      <ul>
        {passages.map((p) => (
          <PassageRow key={`${p.kind}:${p.start}`} passage={p} onShowLine={onShowLine} />
        ))}
      </ul>
    </section>
  );
}
