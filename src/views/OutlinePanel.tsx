// The left-hand panel: the notice's outline, with the key to its agency chips.
import { useMemo } from 'react';
import { buildOutlineTree } from '../app/outline-tree.ts';
import { rolesUsed } from '../app/roles-used.ts';
import type { SelectionFocus } from '../app/selection-focus.ts';
import { FocusBar } from './FocusBar.tsx';
import type { AssignmentId, NoticeModel } from '../notice/model.ts';
import { Outline } from './Outline.tsx';
import { RoleLegend } from './RoleLegend.tsx';
import type { ItemSelection } from './selection.ts';

interface Props {
  readonly model: NoticeModel;
  readonly selection: ItemSelection | null;
  readonly focus: SelectionFocus | null;
  readonly focusAgency: string | null;
  readonly onSelect: (item: AssignmentId) => void;
  readonly onClearFocus: () => void;
}

export function OutlinePanel({ model, selection, focus, focusAgency, onSelect, onClearFocus }: Props) {
  const tree = useMemo(() => buildOutlineTree(model), [model]);
  const agencies = useMemo(() => new Map(model.agencies.map((a) => [a.id, a])), [model]);
  const roles = useMemo(() => rolesUsed(model.assignments), [model]);
  return (
    <section className="panel outline-panel" aria-label="Outline">
      <div className="panel-bar">
        <h2 className="panel-title">Outline</h2>
        <RoleLegend roles={roles} />
      </div>
      {focus ? <FocusBar focus={focus} onClear={onClearFocus} /> : null}
      <div className="panel-scroll">
        {model.notice.standing.length > 0 ? (
          <aside className="outline-standing" aria-label="Allocations that hold for every item">
            <p className="outline-standing-title">For every item, as the notice says once:</p>
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
        />
      </div>
    </section>
  );
}
