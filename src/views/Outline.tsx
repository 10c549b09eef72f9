// The notice's structure: sections, their tasks, and each task's items with the agencies they name.
import { useMessages } from './i18n/lang-context.tsx';
import { useEffect, useRef } from 'react';
import type { OutlineSection } from '../view-model/outline-tree.ts';
import type { SelectionFocus } from '../view-model/selection-focus.ts';
import type { Agency, AgencyId, ItemId } from '../notice/model.ts';
import { OutlineEntry } from './OutlineEntry.tsx';
import { scrollBehavior } from './scroll.ts';
import type { ItemSelection } from './selection.ts';
import './Outline.css';

interface Props {
  readonly tree: readonly OutlineSection[];
  readonly agencies: ReadonlyMap<AgencyId, Agency>;
  readonly selection: ItemSelection | null;
  /** An agency, task or section selected elsewhere: its items are marked and the first shown. */
  readonly focus: SelectionFocus | null;
  readonly focusAgency: string | null;
  readonly onSelect: (item: ItemId) => void;
}

export function Outline({ tree, agencies, selection, focus, focusAgency, onSelect }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const m = useMessages();

  useEffect(() => {
    if (!selection || selection.from === 'outline') return;
    const entry = root.current?.querySelector(`[data-item="${CSS.escape(selection.item)}"]`);
    entry?.scrollIntoView({ block: 'nearest', behavior: scrollBehavior() });
  }, [selection]);

  useEffect(() => {
    const first = focus?.items.keys().next().value;
    if (!first) return;
    const entry = root.current?.querySelector(`[data-item="${CSS.escape(first)}"]`);
    entry?.scrollIntoView({ block: 'start', behavior: scrollBehavior() });
  }, [focus]);

  if (tree.length === 0) return <p className="outline-empty">{m.outline.noOutline}</p>;
  return (
    <div className="outline" ref={root}>
      {tree.map(({ section, number, tasks }, s) => (
        <section className="outline-section" key={section?.id ?? `loose-${s}`}>
          {section ? (
            <h2 className="outline-section-title">
              {number ? <span className="outline-number">{number}</span> : null}
              {section.title}
            </h2>
          ) : null}
          {tasks.map(({ task, number: taskNumber, items }, t) => (
            <div className="outline-task" key={task?.id ?? `loose-${t}`}>
              {task ? (
                <h3 className="outline-task-title">
                  {taskNumber ? <span className="outline-number">{taskNumber}</span> : null}
                  {task.title}
                </h3>
              ) : null}
              <ol className="outline-entries">
                {items.map((entry) => (
                  <OutlineEntry
                    key={entry.item.id}
                    entry={entry}
                    agencies={agencies}
                    selected={selection?.item === entry.item.id}
                    related={focus?.items.get(entry.item.id)}
                    focusAgency={focusAgency ?? undefined}
                    onSelect={onSelect}
                  />
                ))}
              </ol>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
