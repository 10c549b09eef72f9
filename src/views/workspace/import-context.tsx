// The import, apart from the rest of the workspace: its progress changes many times a second, and only
// the dialog, the drop zone and the buttons that open it should draw again when it does — not the views.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { scopeAfterImport } from '../../view-model/scope-address.ts';
import type { NoticeId } from '../../workspace/notice-id.ts';
import { useImport, type Importer } from './useImport.ts';
import { useWorkspace } from './workspace-context.tsx';

export interface ImportUi {
  /** Imports, then shows the notices imported (a few of them: see scopeAfterImport). */
  readonly importer: Importer;
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
}

const ImportContext = createContext<ImportUi | null>(null);

export function useImporter(): ImportUi {
  const ui = useContext(ImportContext);
  if (!ui) throw new Error('useImporter is used outside <ImportProvider>.');
  return ui;
}

export function ImportProvider({ children }: { children: ReactNode }) {
  const { save, scope, setScope } = useWorkspace();
  const importer = useImport(save);
  const [open, setOpen] = useState(false);
  const shown = useMemo<Importer>(() => {
    const thenShow = (ids: readonly NoticeId[]) => {
      setScope(scopeAfterImport(scope, ids));
      return ids;
    };
    return {
      ...importer,
      importFiles: (files) => importer.importFiles(files).then(thenShow),
      importText: (text) => importer.importText(text).then(thenShow),
      keep: (name) => importer.keep(name).then(thenShow),
    };
  }, [importer, scope, setScope]);
  const ui = useMemo(() => ({ importer: shown, open, setOpen }), [shown, open]);
  return <ImportContext.Provider value={ui}>{children}</ImportContext.Provider>;
}
