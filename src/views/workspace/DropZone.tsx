// Files dragged anywhere onto the app are imported: a quiet overlay says so while they are held over it,
// and the import dialog opens to show the progress.
import { useMessages } from '../i18n/lang-context.tsx';
import { useEffect, useRef, useState } from 'react';
import { useImporter } from './import-context.tsx';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function DropZone() {
  const { importer, setOpen: setImportOpen } = useImporter();
  const [over, setOver] = useState(false);
  const m = useMessages();
  const importDropped = useRef((_files: File[]) => {});
  useEffect(() => {
    importDropped.current = (files) => {
      setImportOpen(true);
      void importer.importFiles(files);
    };
  });

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; counting them tells when the files left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setOver(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overWindow = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) importDropped.current(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overWindow);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overWindow);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return over ? (
    <div className="drop-overlay" aria-hidden="true">
      <p>{m.notices.dropToImport}</p>
    </div>
  ) : null;
}
