// The `?` dialog: every keyboard shortcut, grouped by where it works, in Chinese and English. A modal
// <dialog>: Esc closes it and focus returns where it was.
import { useEffect, useId, useRef } from 'react';
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import { SHORTCUT_GROUPS } from './shortcut-list.ts';
import '../ModalDialog.css';
import './ShortcutsDialog.css';

export function ShortcutsDialog({ open, onClose }: { readonly open: boolean; readonly onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { lang } = useLang();
  const m = useMessages();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="modal-dialog shortcuts-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <header className="modal-head">
        <h2 id={titleId}>{m.app.shortcuts}</h2>
        <button type="button" className="ws-link" onClick={() => dialog.current?.close()}>
          {m.app.close}
        </button>
      </header>
      <div className="shortcuts-body">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.en} className="shortcuts-group">
            <h3>{group[lang]}</h3>
            <dl>
              {group.shortcuts.map((shortcut) => (
                <div key={shortcut.en} className="shortcuts-row">
                  <dt>
                    {shortcut.keys.map((key, k) => (
                      <span key={key}>
                        {k > 0 ? <span className="shortcuts-or"> / </span> : null}
                        <kbd>{key}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{shortcut[lang]}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
