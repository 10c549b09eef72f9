// The view tabs in the top bar, in the WAI-ARIA manner: one tab stop, arrows (and Home, End) move and
// open. The tabs that do not fit beside the bar's actions go behind a More button (view-tabs-fit.ts),
// which names the current view when that view is behind it. Widths are measured from a hidden copy of
// the labels, again when the language or the fonts change.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useAtlas } from './atlas.tsx';
import { useMessages } from './i18n/lang-context.tsx';
import { useElementWidth } from './shared/useElementWidth.ts';
import { tabMove } from './shortcuts/keys.ts';
import { tabsThatFit, type TabWidths } from './view-tabs-fit.ts';
import { VIEWS } from './view-registry.ts';

function measured(copy: HTMLElement): TabWidths {
  const widths = [...copy.children].map((child) => child.getBoundingClientRect().width);
  const more = widths.pop() ?? 0;
  const arrow = widths.pop() ?? 0;
  return { tabs: widths, more, arrow };
}

export function ViewTabs() {
  const { view, setView } = useAtlas();
  const m = useMessages();
  const label = (name: string) => m.app.views[name] ?? name;
  const current = Math.max(
    0,
    VIEWS.findIndex((v) => v.name === view),
  );
  const strip = useRef<HTMLDivElement>(null);
  const copy = useRef<HTMLDivElement>(null);
  const room = useElementWidth(strip);
  const [widths, setWidths] = useState<TabWidths | null>(null);
  const remeasure = useCallback(() => {
    if (copy.current) setWidths(measured(copy.current));
  }, []);
  // Before paint, so a language switch never shows a bar that overflows for a frame.
  useLayoutEffect(remeasure, [remeasure, m]);
  useEffect(() => {
    const fonts = document.fonts;
    if (!fonts) return;
    fonts.addEventListener('loadingdone', remeasure);
    return () => fonts.removeEventListener('loadingdone', remeasure);
  }, [remeasure]);
  const shown = widths && room > 0 ? tabsThatFit(widths, room, current) : VIEWS.length;
  const behind = current >= shown;

  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const moreButton = useRef<HTMLButtonElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    const away = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !moreButton.current?.contains(target)) setMenuOpen(false);
    };
    document.addEventListener('pointerdown', away);
    // On the current view when it is behind More, else on the first of them.
    const items = menu.current;
    (
      items?.querySelector<HTMLButtonElement>('[aria-checked="true"]') ?? items?.querySelector('button')
    )?.focus();
    return () => document.removeEventListener('pointerdown', away);
  }, [menuOpen]);

  const open = (at: number) => {
    const entry = VIEWS[at];
    if (!entry) return;
    setView(entry.name);
    setMenuOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, at: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const next = tabMove(event.key, at, VIEWS.length);
    if (next === null) return;
    event.preventDefault();
    open(next);
    (next < shown ? tabs.current[next] : moreButton.current)?.focus();
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (event.key === 'Escape') {
      event.preventDefault();
      setMenuOpen(false);
      moreButton.current?.focus();
    } else if (step !== 0 && items.length > 0) {
      event.preventDefault();
      items[(at + step + items.length) % items.length]?.focus();
    }
  };

  return (
    <div className="view-strip" ref={strip}>
      <div className="view-tabs" role="tablist" aria-label={m.app.viewsNav}>
        {VIEWS.slice(0, shown).map(({ name }, at) => (
          <button
            key={name}
            ref={(element) => {
              tabs.current[at] = element;
            }}
            type="button"
            role="tab"
            aria-selected={at === current}
            tabIndex={at === current || (behind && at === 0) ? 0 : -1}
            className="view-tab"
            data-view={name}
            onClick={() => open(at)}
            onKeyDown={(event) => onKeyDown(event, at)}
          >
            {label(name)}
          </button>
        ))}
      </div>
      {shown < VIEWS.length ? (
        <div className="view-more">
          <button
            ref={moreButton}
            type="button"
            className={behind ? 'view-more-button view-caret is-current' : 'view-more-button view-caret'}
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            aria-controls={menuOpen ? menuId : undefined}
            onClick={() => setMenuOpen((o) => !o)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                setMenuOpen(true);
              } else if (behind) onKeyDown(event, current);
            }}
          >
            {behind ? label(VIEWS[current]?.name ?? '') : m.app.moreViews}
          </button>
          {menuOpen ? (
            <div ref={menu} id={menuId} className="view-more-menu" role="menu" onKeyDown={onMenuKey}>
              {VIEWS.slice(shown).map(({ name }, i) => (
                <button
                  key={name}
                  type="button"
                  role="menuitemradio"
                  aria-checked={shown + i === current}
                  className="view-more-item"
                  data-view={name}
                  onClick={() => open(shown + i)}
                >
                  {label(name)}
                </button>
              ))}
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="view-tabs-copy" ref={copy} aria-hidden="true">
        {VIEWS.map(({ name }) => (
          <span key={name}>{label(name)}</span>
        ))}
        <span className="view-caret is-bare" />
        <span className="view-caret">{m.app.moreViews}</span>
      </div>
    </div>
  );
}
