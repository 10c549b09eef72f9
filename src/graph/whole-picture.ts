// The graph a setting asks for, with its look, built in one go for the exports, the CLI and the
// briefing (picture.ts has the pieces the network view memoises one by one). Here the blocs are found
// on the spot — at most once, whether agencies are folded into them, coloured by them, or both.
import { coordinationBlocs, type Blocs } from '../analysis/blocs.ts';
import type { Workload } from '../analysis/workload.ts';
import type { AgencyId, NoticeModel } from '../notice/model.ts';
import { blocColouringOf } from './bloc-colouring.ts';
import { dominantSections } from './colors.ts';
import { graphLook } from './look.ts';
import { agencyTaskNetwork, coordinationNetwork } from './network.ts';
import { agencyNoticeColors } from './notice-letters.ts';
import {
  pictureBase,
  withBlocNodes,
  withLayer,
  type GraphPicture,
  type GraphPictureSettings,
} from './picture.ts';

export function graphPicture(
  model: NoticeModel,
  workloads: ReadonlyMap<AgencyId, Workload>,
  settings: GraphPictureSettings,
): GraphPicture {
  let found: Blocs | null = null;
  const blocsOf = () => (found ??= coordinationBlocs(model));
  const agencySection = dominantSections(model) as ReadonlyMap<string, number>;
  const networks = {
    full: agencyTaskNetwork(model, workloads),
    coordination: coordinationNetwork(model, workloads),
    blocOf: () => blocsOf().blocOf as ReadonlyMap<string, number>,
  };
  const { base, folded, aggregation, ego } = pictureBase(model, settings, networks);
  const graph = withLayer(base, model, settings);
  const blocs = settings.colorBy === 'bloc' ? blocColouringOf(model, blocsOf()) : null;
  const look = graphLook(graph, {
    colorBy: settings.colorBy,
    agencySection,
    ...(settings.colorBy === 'notice' ? { agencyNotice: agencyNoticeColors(model) } : {}),
    ...(blocs ? { agencyBloc: withBlocNodes(blocs.agencyBloc, graph) } : {}),
    direction: settings.direction,
    taskTitles: settings.taskTitles,
  });
  return { graph, look, folded, aggregation, agencySection, ego, blocs };
}
