// The deadlines of the notices in view, each item read against its own notice's year, and the scene
// under the settings in the address.
import { useMemo } from 'react';
import { itemDeadlines, RELATIVE_KINDS } from '../../analysis/deadlines.ts';
import { deadlineScene } from '../../graph/scenes/deadline-scene.ts';
import { useAtlas } from '../atlas.tsx';
import { useLang } from '../i18n/lang-context.tsx';
import { readDeadlineParams, todayIso } from './deadline-params.ts';

export function useDeadlines(width: number) {
  const { model, params, selection, workspace } = useAtlas();
  const { lang } = useLang();
  const settings = readDeadlineParams(params);
  const asOf = settings.asOf ?? todayIso();
  const parts = workspace.parts;
  const deadlines = useMemo(() => itemDeadlines(model, parts), [model, parts]);
  const highlight = selection?.kind === 'agency' || selection?.kind === 'item' ? selection.id : null;
  const scene = useMemo(
    () => deadlineScene(model, deadlines, { asOf, order: settings.order, lang, width, highlight }),
    [model, deadlines, asOf, settings.order, lang, width, highlight],
  );
  const figures = useMemo(() => {
    const dated = deadlines.filter((d) => d.due !== null);
    const pastDue = dated.filter((d) => (d.due as string) < asOf).length;
    return { dated: dated.length, pastDue, apart: deadlines.length - dated.length };
  }, [deadlines, asOf]);
  const apart = useMemo(
    () =>
      [...RELATIVE_KINDS, 'unread' as const]
        .map((kind) => ({
          kind,
          items: deadlines.filter(
            (d) =>
              d.due === null &&
              (d.reading.kind === kind || (kind === 'unread' && d.reading.kind === 'dated')),
          ),
        }))
        .filter((group) => group.items.length > 0),
    [deadlines],
  );
  return { deadlines, scene, asOf, chosen: settings.asOf, order: settings.order, figures, apart, parts };
}
