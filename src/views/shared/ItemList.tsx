// The items behind a hovered cell: number and title, the role mark of each agency asked about (as the
// matrix draws it), and the opening of the item's paragraph.
import type { Role } from '../../notice/model.ts';
import { roleMark } from '../../graph/scenes/role-mark.ts';
import type { ItemSentences } from './cell-detail.ts';
import { SvgMarks } from './SvgMarks.tsx';
import { useMessages } from '../i18n/lang-context.tsx';

export function RoleGlyph({ role }: { role: Role }) {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
      <SvgMarks marks={[roleMark(role, 6, 6, 10)]} />
    </svg>
  );
}

export function ItemList({ sentences, names }: { sentences: ItemSentences; names?: readonly string[] }) {
  const m = useMessages();
  return (
    <>
      <ul className="hover-card-items">
        {sentences.items.map((item) => (
          <li key={item.id}>
            <span className="hover-card-item-label">
              {item.roles.map((role, i) =>
                role ? (
                  <span
                    key={i}
                    title={m.outline.chipTitle(m.outline.roleNames[role], names?.[i] ?? '', false)}
                  >
                    <RoleGlyph role={role} />
                  </span>
                ) : null,
              )}
              {m.cards.itemNumber(item.number)}
              {item.title ? (
                <>
                  {' · '}
                  <span lang="zh-CN" data-notice-text="">
                    {item.title}
                  </span>
                </>
              ) : null}
            </span>
            <p className="hover-card-item-text" lang="zh-CN" data-notice-text="">
              {item.text}
            </p>
          </li>
        ))}
      </ul>
      {sentences.more > 0 ? <p className="hover-card-more">{m.matrix.andMore(sentences.more)}</p> : null}
    </>
  );
}
