// The view tabs in the top bar, in the WAI-ARIA manner: one tab stop, arrows (and Home, End) move and
// open. The tabs that do not fit beside the bar's actions go behind a More button (view-tabs-fit.ts),
// a menu button that names the current view when that view is behind it. Widths are measured from a
// hidden copy of the labels, again whenever one of them changes size (language, fonts, breakpoint).
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { useAtlas } from './atlas.tsx';
import { useMessages } from './i18n/lang-context.tsx';
import { useElementWidth } from './shared/useElementWidth.ts';
import { tabMove } from './shortcuts/keys.ts';
import { tabsThatFit, type TabWidths } from './view-tabs-fit.ts';
import { VIEWS } from './view-registry.ts';

function measured(copy: HTMLElement): TabWidths {
  const widths = [...copy.children].map((child) => child.getBoundingClientRect().width);
  const more = widths.pop() ?? 0;
  const caret = widths.pop() ?? 0;
  return { tabs: widths, more, caret, gap: parseFloat(getComputedStyle(copy).columnGap) || 0 };
}

/** The copy's widths, read when the browser reports a label's size (on opening, and whenever one
 *  changes: language, fonts, breakpoint), after its own layout. Measured at once instead, on opening,
 *  the copy forced a layout of the whole page while the network was being drawn, adding about 30 ms to
 *  the first load's longest task. The update is flushed within the report, so the bar is right in the
 *  frame the browser is about to paint. */
function useTabWidths(copy: RefObject<HTMLElement | null>): TabWidths | null {
  const [widths, setWidths] = useState<TabWidths | null>(null);
  useEffect(() => {
    const element = copy.current;
    if (!element) return;
    const observer = new ResizeObserver(() => flushSync(() => setWidths(measured(element))));
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, [copy]);
  return widths;
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
  const widths = useTabWidths(copy);
  const shown = widths && room > 0 ? tabsThatFit(widths, room, current) : VIEWS.length;
  const behind = current >= shown;

  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const moreButton = useRef<HTMLButtonElement>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  // A resize or a language switch may take More away while its menu is open: the menu goes with it,
  // and does not come back by itself with More.
  if (menuOpen && shown >= VIEWS.length) setMenuOpen(false);
  const moreId = useId();
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

  // Which tab may be shown depends on the view chosen (More is as wide as the current view's name when
  // that view is behind it), so the keyboard is handed on after the render that shows the new view.
  const focusOn = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (focusOn.current === null || focusOn.current !== VIEWS[current]?.name) return;
    focusOn.current = null;
    (current < shown ? tabs.current[current] : moreButton.current)?.focus();
  });
  const open = (at: number, withKeyboard: boolean) => {
    const entry = VIEWS[at];
    if (!entry) return;
    if (withKeyboard) focusOn.current = entry.name;
    setView(entry.name);
    setMenuOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, at: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const next = tabMove(event.key, at, VIEWS.length);
    if (next === null) return;
    event.preventDefault();
    open(next, true);
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const to: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      setMenuOpen(false);
      moreButton.current?.focus();
    } else if (event.key in to && items.length > 0) {
      event.preventDefault();
      items[to[event.key] as number]?.focus();
    }
  };

  return (
    <div className="view-strip" ref={strip}>
      {shown > 0 ? (
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
              onClick={() => open(at, false)}
              onKeyDown={(event) => onKeyDown(event, at)}
            >
              {label(name)}
            </button>
          ))}
        </div>
      ) : null}
      {shown < VIEWS.length ? (
        <div
          className="view-more"
          onBlur={(event) => {
            // Tab out of the menu (or away from its button) closes it, as a menu button's menu does.
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setMenuOpen(false);
          }}
        >
          <button
            ref={moreButton}
            id={moreId}
            type="button"
            className={behind ? 'view-more-button view-caret is-current' : 'view-more-button view-caret'}
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            aria-controls={menuOpen ? menuId : undefined}
            aria-label={behind ? `${m.app.moreViews}: ${label(VIEWS[current]?.name ?? '')}` : undefined}
            onClick={() => setMenuOpen((o) => !o)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                setMenuOpen(true);
              } else onKeyDown(event, current);
            }}
          >
            {behind ? label(VIEWS[current]?.name ?? '') : m.app.moreViews}
          </button>
          {menuOpen ? (
            <div
              ref={menu}
              id={menuId}
              className="view-more-menu"
              role="menu"
              aria-labelledby={moreId}
              onKeyDown={onMenuKey}
            >
              {VIEWS.slice(shown).map(({ name }, i) => (
                <button
                  key={name}
                  type="button"
                  role="menuitemradio"
                  tabIndex={-1}
                  aria-checked={shown + i === current}
                  className="view-more-item"
                  data-view={name}
                  onClick={(event) => open(shown + i, event.detail === 0)}
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
