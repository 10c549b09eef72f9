// From a correction the user asks for in the panel — with the ids of the view, which may span notices —
// to the operations stored per notice. One agency name is one agency across the notices in view, so a
// rename or a merge is made in every notice in view that names it; an item belongs to one notice. Pure.
import { agencyIdFor, itemRef, type CorrectionOp, type ItemRef } from '../corrections/index.ts';
import type { AgencyId, ItemId, NoticeModel } from '../notice/model.ts';
import type { NoticeId } from '../workspace/notice-id.ts';
import { splitScopedId } from '../workspace/scoped-id.ts';

export type CorrectionRequest =
  | { readonly type: 'rename'; readonly agencyId: AgencyId; readonly name: string }
  | { readonly type: 'merge'; readonly into: AgencyId; readonly from: readonly AgencyId[] }
  /** `items`: the view's (scoped) ids of the items that name the other agency. */
  | {
      readonly type: 'split';
      readonly agencyId: AgencyId;
      readonly name: string;
      readonly items: readonly string[];
    }
  | {
      readonly type: 'setRoles';
      readonly item: string;
      readonly leads: readonly string[];
      readonly cooperators: readonly string[];
      readonly responsible: readonly string[];
    }
  | { readonly type: 'markGeneric'; readonly agencyId: AgencyId; readonly generic: boolean }
  /** A passage not read becomes an item: `start`/`end` are offsets in that notice's own text. */
  | {
      readonly type: 'addItem';
      readonly noticeId: NoticeId;
      readonly start: number;
      readonly end: number;
      readonly leads: readonly string[];
      readonly cooperators: readonly string[];
      readonly responsible: readonly string[];
    };

export interface PlannedCorrection {
  readonly noticeId: NoticeId;
  readonly op: CorrectionOp;
}

export type CorrectionPlan =
  | { readonly ok: true; readonly ops: readonly PlannedCorrection[] }
  | { readonly ok: false; readonly reason: string };

/** The notices in view, in scope order, each with its model as corrected so far. */
export type ModelsInView = ReadonlyMap<NoticeId, NoticeModel>;

const refuse = (reason: string): CorrectionPlan => ({ ok: false, reason });
const plan = (ops: PlannedCorrection[], none: string): CorrectionPlan =>
  ops.length > 0 ? { ok: true, ops } : refuse(none);

function names(model: NoticeModel, id: AgencyId): boolean {
  return model.agencies.some((a) => a.id === id);
}

function nameOf(models: ModelsInView, id: AgencyId): string | null {
  for (const model of models.values()) {
    const agency = model.agencies.find((a) => a.id === id);
    if (agency) return agency.name;
  }
  return null;
}

function planRename(models: ModelsInView, agencyId: AgencyId, name: string): CorrectionPlan {
  const clean = name.trim();
  if (clean === '') return refuse('The new name is empty.');
  const target = agencyIdFor(clean);
  const ops: PlannedCorrection[] = [];
  for (const [noticeId, model] of models) {
    if (!names(model, agencyId)) continue;
    // Where the notice already has an agency of that name, the two are one: a merge, not a rename.
    const op: CorrectionOp =
      target !== agencyId && names(model, target)
        ? { type: 'mergeAgencies', into: target, from: [agencyId] }
        : { type: 'renameAgency', agencyId, name: clean };
    ops.push({ noticeId, op });
  }
  return plan(ops, 'No notice in view names this agency.');
}

function planMerge(models: ModelsInView, into: AgencyId, from: readonly AgencyId[]): CorrectionPlan {
  const others = [...new Set(from)].filter((id) => id !== into);
  if (others.length === 0) return refuse('Choose another agency to merge with.');
  const intoName = nameOf(models, into);
  if (intoName === null) return refuse('No notice in view names the agency to merge into.');
  const ops: PlannedCorrection[] = [];
  for (const [noticeId, model] of models) {
    const present = others.filter((id) => names(model, id));
    const [first, ...rest] = present;
    if (first === undefined) continue;
    if (names(model, into)) {
      ops.push({ noticeId, op: { type: 'mergeAgencies', into, from: present } });
      continue;
    }
    // A notice that names only the other spelling takes the kept name, so it joins the same node.
    ops.push({ noticeId, op: { type: 'renameAgency', agencyId: first, name: intoName } });
    if (rest.length > 0) ops.push({ noticeId, op: { type: 'mergeAgencies', into, from: rest } });
  }
  return plan(ops, 'No notice in view names the agencies to merge.');
}

/** The notice and the item reference of a scoped item id, if the notice is in view and has the item. */
function locateItem(models: ModelsInView, scoped: string): { noticeId: NoticeId; ref: ItemRef } | null {
  const split = splitScopedId(scoped);
  const model = split ? models.get(split.noticeId) : undefined;
  if (!split || !model) return null;
  const ref = itemRef(model, split.localId as ItemId);
  return ref ? { noticeId: split.noticeId, ref } : null;
}

function planSplit(
  models: ModelsInView,
  request: Extract<CorrectionRequest, { type: 'split' }>,
): CorrectionPlan {
  const clean = request.name.trim();
  if (clean === '') return refuse('The other agency needs a name.');
  if (agencyIdFor(clean) === request.agencyId) return refuse('The other agency needs another name.');
  const byNotice = new Map<NoticeId, ItemRef[]>();
  for (const scoped of request.items) {
    const found = locateItem(models, scoped);
    if (found) byNotice.set(found.noticeId, [...(byNotice.get(found.noticeId) ?? []), found.ref]);
  }
  const ops = [...byNotice].map(([noticeId, items]): PlannedCorrection => ({
    noticeId,
    op: { type: 'splitAgency', agencyId: request.agencyId, name: clean, items },
  }));
  return plan(ops, 'Choose the items that name the other agency.');
}

const cleanNames = (list: readonly string[]) => [
  ...new Set(list.map((n) => n.trim()).filter((n) => n !== '')),
];

function planAddItem(
  models: ModelsInView,
  request: Extract<CorrectionRequest, { type: 'addItem' }>,
): CorrectionPlan {
  const model = models.get(request.noticeId);
  if (!model) return refuse('The notice is not in view.');
  const text = model.text.slice(request.start, request.end);
  if (text.trim() === '') return refuse('The passage is empty.');
  const roles = {
    leads: cleanNames(request.leads),
    cooperators: cleanNames(request.cooperators),
    responsible: cleanNames(request.responsible),
  };
  if (roles.leads.length + roles.cooperators.length + roles.responsible.length === 0)
    return refuse('Name at least one agency for the item.');
  const op: CorrectionOp = {
    type: 'addItem',
    marker: { start: request.start, end: request.end, text },
    ...roles,
  };
  return plan([{ noticeId: request.noticeId, op }], 'The notice is not in view.');
}

function planRoles(
  models: ModelsInView,
  request: Extract<CorrectionRequest, { type: 'setRoles' }>,
): CorrectionPlan {
  const found = locateItem(models, request.item);
  if (!found) return refuse('The item is not in view.');
  const clean = (list: readonly string[]) => [...new Set(list.map((n) => n.trim()).filter((n) => n !== ''))];
  const op: CorrectionOp = {
    type: 'setItemRoles',
    item: found.ref,
    leads: clean(request.leads),
    cooperators: clean(request.cooperators),
    responsible: clean(request.responsible),
  };
  return plan([{ noticeId: found.noticeId, op }], 'The item is not in view.');
}

export function planCorrection(request: CorrectionRequest, models: ModelsInView): CorrectionPlan {
  switch (request.type) {
    case 'rename':
      return planRename(models, request.agencyId, request.name);
    case 'merge':
      return planMerge(models, request.into, request.from);
    case 'split':
      return planSplit(models, request);
    case 'setRoles':
      return planRoles(models, request);
    case 'addItem':
      return planAddItem(models, request);
    case 'markGeneric': {
      const ops = [...models]
        .filter(([, model]) => names(model, request.agencyId))
        .map(([noticeId]): PlannedCorrection => ({
          noticeId,
          op: { type: 'markGeneric', agencyId: request.agencyId, generic: request.generic },
        }));
      return plan(ops, 'No notice in view names this agency.');
    }
  }
}
