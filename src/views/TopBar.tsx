// The bar across the top: the app's name, the views it offers, and the app's actions at the right.
// The views are tabs in the WAI-ARIA manner: one tab stop, arrows (and Home, End) move and open.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useAtlas } from './atlas.tsx';
import { ExportButton } from './export/ExportButton.tsx';
import { LangSwitch } from './i18n/LangSwitch.tsx';
import { useMessages } from './i18n/lang-context.tsx';
import { KeyboardShortcuts } from './shortcuts/KeyboardShortcuts.tsx';
import { tabMove } from './shortcuts/keys.ts';
import { VIEWS } from './view-registry.ts';
import './TopBar.css';

export function TopBar({ children }: { children?: ReactNode }) {
  const { view, setView } = useAtlas();
  const m = useMessages();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.max(
    0,
    VIEWS.findIndex((v) => v.name === view),
  );
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, at: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const next = tabMove(event.key, at, VIEWS.length);
    const entry = next === null ? undefined : VIEWS[next];
    if (next === null || !entry) return;
    event.preventDefault();
    tabs.current[next]?.focus();
    setView(entry.name);
  };
  return (
    <nav className="top-bar" aria-label={m.app.viewsNav}>
      <span className="brand">{m.app.brand}</span>
      <div className="view-tabs" role="tablist" aria-label={m.app.viewsNav}>
        {VIEWS.map(({ name }, at) => (
          <button
            key={name}
            ref={(element) => {
              tabs.current[at] = element;
            }}
            type="button"
            role="tab"
            aria-selected={at === current}
            tabIndex={at === current ? 0 : -1}
            className="view-tab"
            data-view={name}
            onClick={() => setView(name)}
            onKeyDown={(event) => onKeyDown(event, at)}
          >
            {m.app.views[name] ?? name}
          </button>
        ))}
      </div>
      <div className="top-bar-actions">
        {children}
        <ExportButton />
        <KeyboardShortcuts />
        <LangSwitch />
      </div>
    </nav>
  );
}
