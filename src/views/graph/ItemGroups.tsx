// Items grouped under their section headings, as the panel lists them.
import type { Agency, AgencyId } from '../../notice/model.ts';
import { useMessages } from '../i18n/lang-context.tsx';
import { ItemCard } from './ItemCard.tsx';
import type { ItemGroup } from './panel-items.ts';

interface Props {
  readonly groups: readonly ItemGroup[];
  /** Pass the agencies to show each item's leads and partners (not needed when listing one agency). */
  readonly agencies: ReadonlyMap<AgencyId, Agency> | null;
  readonly selectedItem: string | null;
  readonly onPick: (item: string) => void;
  /** Words to mark in each sentence (a project's name). */
  readonly highlight?: string | undefined;
}

export function ItemGroups({ groups, agencies, selectedItem, onPick, highlight }: Props) {
  const m = useMessages();
  return (
    <>
      {groups.map((group) => (
        <section key={group.key} className="graph-item-group">
          <h4>{group.title ?? m.panel.outsideSections}</h4>
          <ol>
            {group.items.map((entry) => (
              <ItemCard
                key={entry.item.id}
                entry={entry}
                agencies={agencies}
                selected={entry.item.id === selectedItem}
                onPick={onPick}
                highlight={highlight}
              />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
