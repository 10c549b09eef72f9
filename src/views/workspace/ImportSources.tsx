// Where notices come from: files chosen or dropped here (several at once), or text pasted in.
import { useMessages } from '../i18n/lang-context.tsx';
import { useState, type DragEvent } from 'react';
import { READABLE_EXTENSIONS } from '../../import/extensions.ts';
import { useImporter } from './import-context.tsx';
import { PasteText } from './PasteText.tsx';

const ACCEPT = READABLE_EXTENSIONS.join(',');

export function ImportSources() {
  const { importer } = useImporter();
  const [over, setOver] = useState(false);
  const m = useMessages();

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
        <p className="import-drop-title">{m.import.dropHere}</p>
        <p className="ws-hint">{m.import.formats}</p>
        <label className="ws-button is-primary import-choose">
          {m.import.chooseFiles}
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
      <PasteText />
    </>
  );
}
