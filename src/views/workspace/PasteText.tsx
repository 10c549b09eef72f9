// Pasted text as a notice: the quickest way in for a notice copied from a web page or a PDF.
import { useMessages } from '../i18n/lang-context.tsx';
import { useState } from 'react';
import { useImporter } from './import-context.tsx';

export function PasteText() {
  const { importer } = useImporter();
  const [text, setText] = useState('');
  const m = useMessages();
  return (
    <div className="import-paste">
      <label className="ws-section-title" htmlFor="import-paste-text">
        {m.import.pasteLabel}
      </label>
      <textarea
        id="import-paste-text"
        className="ws-input import-paste-text"
        rows={5}
        value={text}
        placeholder="一、……（自治区商务厅牵头，满洲里海关配合）"
        lang="zh-CN"
        onChange={(event) => setText(event.target.value)}
      />
      <div className="ws-row import-paste-actions">
        <button
          type="button"
          className="ws-button import-paste-go"
          disabled={text.trim() === ''}
          onClick={() => void importer.importText(text).then(() => setText(''))}
        >
          {m.import.pasteGo}
        </button>
      </div>
    </div>
  );
}
