// Pasted text as a notice: the quickest way in for a notice copied from a web page or a PDF.
import { useState } from 'react';
import { useImporter } from './import-context.tsx';

export function PasteText() {
  const { importer } = useImporter();
  const [text, setText] = useState('');
  return (
    <div className="import-paste">
      <label className="ws-section-title" htmlFor="import-paste-text">
        Or paste the text of a notice
      </label>
      <textarea
        id="import-paste-text"
        className="ws-input import-paste-text"
        rows={5}
        value={text}
        placeholder="一、……（自治区商务厅牵头，满洲里海关配合）"
        onChange={(event) => setText(event.target.value)}
      />
      <div className="ws-row import-paste-actions">
        <button
          type="button"
          className="ws-button import-paste-go"
          disabled={text.trim() === ''}
          onClick={() => void importer.importText(text).then(() => setText(''))}
        >
          Import the text
        </button>
      </div>
    </div>
  );
}
