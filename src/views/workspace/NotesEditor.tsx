// Notes on an agency, a task or an item: listed with their date, added, edited and deleted in place.
// An item's notes follow its text, so they stay with it when a newer parser renumbers the items.
import { useMessages } from '../i18n/lang-context.tsx';
import { useState } from 'react';
import { newRecordId } from '../../store/index.ts';
import { noteTargetKey } from '../../workspace/note-target.ts';
import type { Note, NoteTarget } from '../../workspace/records.ts';
import { useWorkspace } from './workspace-context.tsx';

function NoteEntry({ note }: { note: Note }) {
  const { save } = useWorkspace();
  const [draft, setDraft] = useState<string | null>(null);
  const m = useMessages();
  if (draft !== null)
    return (
      <li className="note is-editing">
        <textarea className="ws-input" rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <div className="ws-row">
          <button
            type="button"
            className="ws-button"
            onClick={() => {
              void save((s) => s.putNote({ ...note, text: draft, updatedAt: new Date().toISOString() }));
              setDraft(null);
            }}
          >
            {m.inspect.save}
          </button>
          <button type="button" className="ws-link" onClick={() => setDraft(null)}>
            {m.inspect.cancel}
          </button>
        </div>
      </li>
    );
  return (
    <li className="note">
      <p className="note-text">{note.text}</p>
      <span className="note-meta">
        {note.updatedAt.slice(0, 10)}
        <button type="button" className="ws-link" onClick={() => setDraft(note.text)}>
          {m.inspect.edit}
        </button>
        <button type="button" className="ws-link" onClick={() => void save((s) => s.deleteNote(note.id))}>
          {m.inspect.delete}
        </button>
      </span>
    </li>
  );
}

export function NotesEditor({ target, title }: { target: NoteTarget; title: string }) {
  const { notes, save } = useWorkspace();
  const [text, setText] = useState('');
  const m = useMessages();
  const key = noteTargetKey(target);
  const mine = notes.filter((n) => noteTargetKey(n.target) === key);
  const add = () => {
    const stamp = new Date().toISOString();
    const note: Note = {
      id: newRecordId('note'),
      target,
      text: text.trim(),
      createdAt: stamp,
      updatedAt: stamp,
    };
    void save((s) => s.putNote(note));
    setText('');
  };
  return (
    <div className="notes" data-target={key}>
      <h3 className="inspector-subtitle">{title}</h3>
      {mine.length > 0 ? (
        <ul className="note-list">
          {mine.map((note) => (
            <NoteEntry key={note.id} note={note} />
          ))}
        </ul>
      ) : null}
      <textarea
        className="ws-input note-new"
        rows={2}
        placeholder={m.inspect.addNotePlaceholder}
        aria-label={title}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {text.trim() ? (
        <div className="ws-row note-actions">
          <button type="button" className="ws-button note-add" onClick={add}>
            {m.inspect.addNote}
          </button>
        </div>
      ) : null}
    </div>
  );
}
