// The left-hand panel: the notice's outline, with the key to its agency chips.
import { useMessages } from './i18n/lang-context.tsx';
import { useMemo, useRef } from 'react';
import { buildOutlineTree } from '../view-model/outline-tree.ts';
import { rolesUsed } from '../view-model/roles-used.ts';
import type { SelectionFocus } from '../view-model/selection-focus.ts';
import { FocusBar } from './FocusBar.tsx';
import type { ItemId, NoticeModel } from '../notice/model.ts';
import { Outline } from './Outline.tsx';
import { RoleLegend } from './RoleLegend.tsx';
import type { ItemSelection } from './selection.ts';
import './shared/panel.css';

interface Props {
  readonly model: NoticeModel;
  readonly selection: ItemSelection | null;
  readonly focus: SelectionFocus | null;
  readonly focusAgency: string | null;
  readonly onSelect: (item: ItemId) => void;
  readonly onClearFocus: () => void;
}

export function OutlinePanel({ model, selection, focus, focusAgency, onSelect, onClearFocus }: Props) {
  const tree = useMemo(() => buildOutlineTree(model), [model]);
  const agencies = useMemo(() => new Map(model.agencies.map((a) => [a.id, a])), [model]);
  const roles = useMemo(() => rolesUsed(model.items), [model]);
  const m = useMessages();
  const scroller = useRef<HTMLDivElement>(null);
  return (
    <section className="panel outline-panel" aria-label={m.outline.outline}>
      <div className="panel-bar">
        <h2 className="panel-title">{m.outline.outline}</h2>
        <RoleLegend roles={roles} />
      </div>
      {focus ? <FocusBar focus={focus} onClear={onClearFocus} /> : null}
      <div className="panel-scroll" ref={scroller}>
        {model.notice.standing.length > 0 ? (
          <aside className="outline-standing" aria-label={m.outline.standingLabel}>
            <p className="outline-standing-title">{m.outline.standingTitle}</p>
            <ul lang="zh-CN">
              {model.notice.standing.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          </aside>
        ) : null}
        <Outline
          tree={tree}
          agencies={agencies}
          selection={selection}
          focus={focus}
          focusAgency={focusAgency}
          onSelect={onSelect}
          scroller={scroller}
        />
      </div>
    </section>
  );
}
