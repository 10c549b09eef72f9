// Where notices come from: files chosen or dropped here (several at once), or text pasted in.
import { useState, type DragEvent } from 'react';
import { READABLE_EXTENSIONS } from '../../import/read-import-file.ts';
import { useImporter } from './import-context.tsx';

const ACCEPT = READABLE_EXTENSIONS.join(',');

export function ImportSources() {
  const { importer } = useImporter();
  const [text, setText] = useState('');
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    // The window's drop zone must not take the same files a second time.
    event.stopPropagation();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) void importer.importFiles(files);
  };

  return (
    <>
      <div
        className={over ? 'import-drop is-over' : 'import-drop'}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p className="import-drop-title">Drop notice files here</p>
        <p className="ws-hint">
          Text files in UTF-8 or GBK/GB18030, web pages (.html) and Word documents (.docx) — several at once.
        </p>
        <label className="ws-button is-primary import-choose">
          Choose files…
          <input
            type="file"
            multiple
            accept={ACCEPT}
            className="import-file-input"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = '';
              if (files.length > 0) void importer.importFiles(files);
            }}
          />
        </label>
      </div>
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
    </>
  );
}
