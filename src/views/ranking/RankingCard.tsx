// What hovering a bar shows: the agency's figures and how its load adds up.
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import {
  comparedWithTypical,
  spreadUnit,
  type OverloadStats,
  type OverloadVerdict,
} from '../../analysis/overload.ts';
import type { Workload, WorkloadWeights } from '../../analysis/workload.ts';
import type { AgencyId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';

export function RankingCard(props: {
  agencyId: string;
  workloads: ReadonlyMap<AgencyId, Workload>;
  verdicts: ReadonlyMap<AgencyId, OverloadVerdict>;
  stats: OverloadStats;
  weights: WorkloadWeights;
}) {
  const { model } = useAtlas();
  const m = useMessages();
  const { lang } = useLang();
  const id = props.agencyId as AgencyId;
  const w = props.workloads.get(id);
  const agency = model.agencies.find((a) => a.id === id);
  if (!w || !agency) return null;
  const { lead, cooperate, responsible } = props.weights;
  const sum = m.matrix
    .cardParts(w.led, String(lead), w.cooperated, String(cooperate), w.responsible, String(responsible))
    .join(' + ');
  const verdict = props.verdicts.get(id);
  return (
    <>
      <p className="hover-card-title">{agency.name}</p>
      <p className="hover-card-figures">{m.cards.loadSum(w.load, sum)}</p>
      <p className="hover-card-figures">
        {m.cards.spread(
          w.tasks,
          w.sections,
          w.partners,
          (w.share * 100).toFixed(1),
          w.betweenness.toFixed(3),
        )}
      </p>
      {agency.generic ? (
        <p className="hover-card-figures">{m.cards.genericActor}</p>
      ) : verdict ? (
        <p className="hover-card-figures">
          {comparedWithTypical(w.load, props.stats.median, lang)}{' '}
          {m.cards.aboveMedian(verdict.score.toFixed(1), spreadUnit(props.stats), verdict.flagged)}
        </p>
      ) : null}
    </>
  );
}
