// What hovering a bar shows: the agency's figures and how its load adds up.
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
  const id = props.agencyId as AgencyId;
  const w = props.workloads.get(id);
  const agency = model.agencies.find((a) => a.id === id);
  if (!w || !agency) return null;
  const { lead, cooperate, responsible } = props.weights;
  const sum = [
    `${w.led} led × ${lead}`,
    `${w.cooperated} cooperated × ${cooperate}`,
    ...(w.responsible > 0 ? [`${w.responsible} responsible × ${responsible}`] : []),
  ].join(' + ');
  const verdict = props.verdicts.get(id);
  return (
    <>
      <p className="hover-card-title">{agency.name}</p>
      <p className="hover-card-figures">
        load {w.load} = {sum}
      </p>
      <p className="hover-card-figures">
        {w.tasks} tasks · {w.sections} sections · {w.partners} partners · {(w.share * 100).toFixed(1)}% of all
        assignments · betweenness {w.betweenness.toFixed(3)}
      </p>
      {agency.generic ? (
        <p className="hover-card-figures">A generic actor: not one agency, never flagged.</p>
      ) : verdict ? (
        <p className="hover-card-figures">
          {comparedWithTypical(w.load, props.stats.median)} ({verdict.score.toFixed(1)}{' '}
          {spreadUnit(props.stats)} above the median){verdict.flagged ? ' — flagged' : ''}
        </p>
      ) : null}
    </>
  );
}
