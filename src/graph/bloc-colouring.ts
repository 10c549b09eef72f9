// Colouring agencies by coordination bloc (analysis/blocs.ts): a colour per bloc, and the legend's key,
// each bloc named by its heaviest agency. Collective actors (各有关部门) belong to no bloc and stay grey.
// The blocs are found elsewhere (Louvain: in a worker for the page, whole-picture.ts for the exports),
// so colouring needs neither graphology nor the time.
import type { Blocs } from '../analysis/blocs.ts';
import type { NoticeModel } from '../notice/model.ts';
import { AGENCY_KIND_APPEARANCE } from './appearance.ts';
import { agencyLabels } from '../notice/agency-labels.ts';

/** Okabe–Ito less its yellow (lost on white), repeated past eight: blocs stay apart in print and for
 *  the common colour-vision deficiencies. The same palette as the measures table's bloc column. */
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#7f7f7f', '#8c564b'];

export function blocColor(bloc: number): string {
  return PALETTE[(bloc - 1) % PALETTE.length] as string;
}

/** An agency in no bloc. */
export const NO_BLOC_COLOR = AGENCY_KIND_APPEARANCE.generic.color;

export interface BlocKey {
  readonly id: number;
  /** The short name of its heaviest agency. */
  readonly name: string;
  readonly size: number;
}

export interface BlocColouring {
  readonly agencyBloc: ReadonlyMap<string, number>;
  readonly keys: readonly BlocKey[];
}

export function blocColouringOf(model: Pick<NoticeModel, 'agencies'>, found: Blocs): BlocColouring {
  const { blocs, blocOf } = found;
  const labels = agencyLabels(model.agencies);
  return {
    agencyBloc: blocOf as ReadonlyMap<string, number>,
    keys: blocs.map((b) => ({
      id: b.id,
      name: labels.get(b.agencies[0]!) ?? b.agencies[0]!,
      size: b.agencies.length,
    })),
  };
}
