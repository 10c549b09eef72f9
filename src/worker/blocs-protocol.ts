// Messages between the page and the blocs worker: the agencies and who each item names (no text, no
// mentions: a few hundred kilobytes at 3,000 items), and the blocs back as plain arrays.
import type { Bloc, BlocInput, Blocs } from '../analysis/blocs.ts';
import type { AgencyId } from '../notice/model.ts';
import type { WorkerAnswer, WorkerRequest } from './jobs-on-worker.ts';

export type BlocsRequest = WorkerRequest<BlocInput>;

export type BlocsResponse = WorkerAnswer<{ readonly blocs: readonly Bloc[] }>;

/** Only what Louvain and the bloc descriptions read, copied out of a model. */
export function blocInput(model: BlocInput): BlocInput {
  return {
    agencies: model.agencies.map(({ id, generic }) => ({ id, generic })),
    items: model.items.map(({ id, sectionId, leads, cooperators, responsible }) => ({
      id,
      sectionId,
      leads,
      cooperators,
      responsible,
    })),
  };
}

/** The blocs with their lookup rebuilt: a Map is sent as the blocs' member lists it is made from. */
export function withBlocOf(blocs: readonly Bloc[]): Blocs {
  const blocOf = new Map<AgencyId, number>();
  for (const bloc of blocs) for (const agency of bloc.agencies) blocOf.set(agency, bloc.id);
  return { blocs, blocOf };
}
