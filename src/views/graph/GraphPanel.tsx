// The side panel: what the selection stands for (an agency's items led and joined, a task's or an
// edge's items), each with its sentence; picking an item opens the source text beside it, scrolled
// to the item with its marker highlighted. On a narrow host it is a drawer over the host's right edge
// (usePanelDrawer.ts), with a tab to open it.
import { useMessages } from '../i18n/lang-context.tsx';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SelectionRef } from '../../view-model/url-state.ts';
import type { GraphData } from '../../graph/network.ts';
import type { Agency, AgencyId, ItemId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { ItemGroups } from './ItemGroups.tsx';
import { PanelIntro } from './PanelIntro.tsx';
import { PanelSource } from './PanelSource.tsx';
import { PartnerList } from './PartnerList.tsx';
import { subjectView } from './panel-subject.ts';
import { usePanelDrawer } from './usePanelDrawer.ts';
import './GraphPanel.css';

interface Props {
  readonly graph: GraphData;
  readonly subject: SelectionRef | null;
  readonly onEgo: (agency: string) => void;
  /** Shown when nothing is selected; the graph's own introduction by default. */
  readonly intro?: ReactNode;
  /** Told how many pixels of the host's right edge an open drawer covers (0 beside or shut), so the
   *  graph frames what it reveals in the part left free. */
  readonly onCover?: (px: number) => void;
}

export function GraphPanel({ graph, subject, onEgo, intro, onCover }: Props) {
  const { model, workloads, selection, select } = useAtlas();
  const m = useMessages();
  const view = useMemo(
    () => (subject ? subjectView(subject, model, workloads, graph, m.panel) : null),
    [subject, model, workloads, graph, m],
  );
  const agencies = useMemo(() => new Map<AgencyId, Agency>(model.agencies.map((a) => [a.id, a])), [model]);
  const openItem = selection?.kind === 'item' ? (selection.id as ItemId) : null;
  const pick = (item: string) => select({ kind: 'item', id: item }, 'graph-panel');
  const panel = useRef<HTMLElement>(null);
  // Every select() is a new pick, the same node clicked again included.
  const picked = subject || openItem ? `${selection?.seq ?? 0}` : null;
  const { drawer, open, setOpen, hostWidth } = usePanelDrawer(panel, picked);
  const covering = drawer && open;
  useEffect(
    () => onCover?.(covering ? (panel.current?.offsetWidth ?? 0) : 0),
    [covering, hostWidth, onCover],
  );
  const id = useId();
  // However the drawer shuts (its button, Escape, the pick cleared from inside it), the keyboard goes
  // to its tab rather than to the page's body.
  const tab = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (drawer && !open && panel.current?.contains(document.activeElement)) tab.current?.focus();
  }, [drawer, open]);
  // Slid only once it has been drawn as a drawer: a narrow host found on opening shows it shut at once.
  const [sliding, setSliding] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setSliding(drawer));
    return () => cancelAnimationFrame(frame);
  }, [drawer]);
  const classes = ['graph-panel'];
  if (openItem) classes.push('has-source');
  if (drawer) classes.push('is-drawer', open ? 'is-open' : 'is-shut');
  if (drawer && sliding) classes.push('is-sliding');

  return (
    <>
      {drawer && !open ? (
        <button
          ref={tab}
          type="button"
          className="graph-panel-tab"
          aria-controls={id}
          aria-expanded={false}
          onClick={() => setOpen(true)}
        >
          {m.graph.details}
        </button>
      ) : null}
      <aside
        ref={panel}
        id={id}
        className={classes.join(' ')}
        aria-label={m.graph.details}
        onKeyDown={
          drawer
            ? (e) => {
                // Shut only: the page's own Escape would also clear the selection the drawer shows.
                if (e.key !== 'Escape' || e.defaultPrevented) return;
                e.preventDefault();
                setOpen(false);
              }
            : undefined
        }
      >
        {drawer ? (
          <button
            type="button"
            className="graph-panel-hide"
            aria-controls={id}
            aria-expanded
            title={m.graph.hideDetails}
            aria-label={m.graph.hideDetails}
            onClick={() => setOpen(false)}
          >
            ›
          </button>
        ) : null}
        <div className="graph-panel-scroll">
          {view ? (
            <>
              <header className="graph-panel-head">
                <p className="graph-panel-tag">{view.tag}</p>
                <h2 className="graph-panel-title">{view.title}</h2>
                {view.meta ? <p className="graph-panel-meta">{view.meta}</p> : null}
                {view.figures.length > 0 ? (
                  <dl className="graph-figures">
                    {view.figures.map((f) => (
                      <div key={f.label}>
                        <dd>{f.value}</dd>
                        <dt>{f.label}</dt>
                      </div>
                    ))}
                  </dl>
                ) : null}
                {view.ego ? (
                  <button
                    type="button"
                    className="graph-panel-action"
                    onClick={() => onEgo(view.ego as string)}
                  >
                    {m.graph.showEgo}
                  </button>
                ) : null}
              </header>
              {view.partners && view.partners.rows.length > 0 ? (
                <PartnerList
                  key={`${subject?.kind}:${subject?.id}`}
                  list={view.partners}
                  agencies={agencies}
                  selectedItem={openItem}
                  onPick={pick}
                />
              ) : null}
              {view.lists.map((list) => (
                <section key={list.heading} className="graph-item-list" aria-label={list.heading}>
                  <h3>
                    {list.heading} <span className="graph-count">{list.count}</span>
                  </h3>
                  {list.count === 0 ? <p className="graph-empty">{m.app.none}</p> : null}
                  <ItemGroups
                    groups={list.groups}
                    agencies={list.withAgencies ? agencies : null}
                    selectedItem={openItem}
                    onPick={pick}
                    highlight={view.highlight}
                  />
                </section>
              ))}
            </>
          ) : (
            (intro ?? <PanelIntro />)
          )}
        </div>
        {openItem ? (
          <PanelSource
            item={openItem}
            onClose={() => select(subject?.kind === 'item' ? null : subject, 'graph-panel')}
          />
        ) : null}
      </aside>
    </>
  );
}
