// Search for agencies, tasks and items by Chinese substring, pinyin or initials (`swt` → 商务厅, `fgw` →
// 发展改革委). pinyin-pro is large, so the index is built on first use, not on page load. Matches are
// outlined in the graph as one types; choosing one selects it.
import { useMessages } from '../i18n/lang-context.tsx';
import type { Messages } from '../i18n/messages.ts';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SelectionRef } from '../../view-model/url-state.ts';
import { searchEntries, type SearchEntry } from '../../search/match.ts';
import { useAtlas } from '../atlas.tsx';
import { useKeptInWindow } from '../shared/useKeptInWindow.ts';
import type { NoticeModel } from '../../notice/model.ts';
import type { Searchable } from '../../search/pinyin.ts';
import type { GraphMode } from '../shared/graph-settings.ts';

interface Target {
  readonly ref: SelectionRef;
  readonly label: string;
  readonly detail: string;
}

type Index = readonly SearchEntry<Target>[];

function searchables(model: NoticeModel, kinds: Messages['graph']['kinds']): Searchable<Target>[] {
  return [
    ...model.agencies.map((a) => ({
      value: { ref: { kind: 'agency' as const, id: a.id }, label: a.name, detail: kinds.agency },
      kind: 'agency' as const,
      text: a.name,
    })),
    ...model.tasks.map((t) => ({
      value: {
        ref: { kind: 'task' as const, id: t.id },
        label: t.title,
        detail: `${kinds.task} ${t.ordinal}`,
      },
      kind: 'task' as const,
      text: t.title,
    })),
    ...model.items.flatMap((item) =>
      item.title
        ? [
            {
              value: {
                ref: { kind: 'item' as const, id: item.id },
                label: item.title,
                detail: kinds.item,
              },
              kind: 'item' as const,
              text: item.title,
            },
          ]
        : [],
    ),
  ];
}

export function GraphSearch({
  mode,
  onMatches,
}: {
  mode: GraphMode;
  onMatches: (ids: ReadonlySet<string>) => void;
}) {
  const { model, select, setParam } = useAtlas();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<Index | null>(null);
  const [active, setActive] = useState(0);
  const loading = useRef(false);
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const m = useMessages();
  const targets = useMemo(() => searchables(model, m.graph.kinds), [model, m]);
  const ensureIndex = () => {
    if (index || loading.current) return;
    loading.current = true;
    void import('../../search/pinyin.ts').then(({ makeEntries }) => setIndex(makeEntries(targets)));
  };
  const found = useMemo(() => (index && query.trim() ? searchEntries(index, query, 20) : []), [index, query]);
  const hits = found.slice(0, 8);
  useKeptInWindow(list, hits.length > 0, found);
  useEffect(() => onMatches(new Set(found.map((h) => h.value.ref.id))), [found, onMatches]);

  const update = (text: string) => {
    setQuery(text);
    setActive(0);
    ensureIndex();
  };
  const pick = (target: Target) => {
    // A task is not in the coordination network: show it where it is.
    if (target.ref.kind === 'task' && mode === 'coordination') setParam('graph', null);
    if (target.ref.kind === 'agency' && mode === 'ego') setParam('ego', target.ref.id);
    select(target.ref, 'graph-search');
    setQuery('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(hits.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Enter' && hits[active]) pick(hits[active].value);
    else if (event.key === 'Escape') update('');
    else return;
    event.preventDefault();
  };

  return (
    <div className="graph-search">
      <input
        type="search"
        value={query}
        placeholder={m.graph.searchPlaceholder}
        aria-label={m.graph.searchLabel}
        aria-controls={listId}
        aria-expanded={hits.length > 0}
        aria-autocomplete="list"
        aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
        role="combobox"
        onFocus={ensureIndex}
        onChange={(e) => update(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {hits.length > 0 ? (
        // Options are not focusable: focus stays in the box, which names the active one (WAI-ARIA combobox).
        <ul
          ref={list}
          className="graph-search-hits"
          id={listId}
          role="listbox"
          aria-label={m.graph.searchResults}
        >
          {hits.map((hit, i) => (
            <li
              key={hit.value.ref.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(hit.value)}
            >
              <span className="graph-hit-label">
                {[...hit.value.label].map((ch, k) =>
                  hit.matched.includes(k) ? <mark key={k}>{ch}</mark> : ch,
                )}
              </span>
              <span className="graph-hit-kind">{hit.value.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
