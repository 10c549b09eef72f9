// From a correction the user asks for in the panel — with the ids of the view, which may span notices —
// to the operations stored per notice. One agency of the view is one agency across the notices in view,
// so a rename or a merge is made in every notice in view that names it, under the id that notice gives
// it (the view may call its `市财政局` `青岭市财政局`, see notice-union.ts); an item belongs to one
// notice. Pure.
import { agencyIdFor, itemRef, type CorrectionOp, type ItemRef } from '../corrections/index.ts';
import type { AgencyId, ItemId, NoticeModel } from '../notice/model.ts';
import type { AgencySpelling } from '../workspace/merge.ts';
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
  /** The agencies are different bodies, though the rules of the genre take them for one. */
  | { readonly type: 'keepApart'; readonly agencies: readonly AgencyId[]; readonly names: readonly string[] }
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

/** Why a correction cannot be made: a code for the interface to word, and the English for the rest. */
export const REFUSALS = {
  'empty-name': 'The new name is empty.',
  'agency-not-in-view': 'No notice in view names this agency.',
  'merge-needs-other': 'Choose another agency to merge with.',
  'merge-target-not-in-view': 'No notice in view names the agency to merge into.',
  'merge-not-in-view': 'No notice in view names the agencies to merge.',
  'apart-needs-two': 'Keeping apart needs two agencies.',
  'apart-not-in-view': 'No notice in view names these agencies.',
  'split-needs-name': 'The other agency needs a name.',
  'split-needs-other-name': 'The other agency needs another name.',
  'split-needs-items': 'Choose the items that name the other agency.',
  'notice-not-in-view': 'The notice is not in view.',
  'empty-passage': 'The passage is empty.',
  'item-needs-agency': 'Name at least one agency for the item.',
  'item-not-in-view': 'The item is not in view.',
} as const;

export type RefusalCode = keyof typeof REFUSALS;

/** Why a correction asked for was not stored: refused, or the workspace could not take it yet. */
export type CorrectionProblem = RefusalCode | 'still-reading' | 'not-saved' | 'no-workspace';

export type CorrectionPlan =
  | { readonly ok: true; readonly ops: readonly PlannedCorrection[] }
  | { readonly ok: false; readonly code: RefusalCode; readonly reason: string };

/** The notices in view, in scope order, each with its model as corrected so far. */
export type ModelsInView = ReadonlyMap<NoticeId, NoticeModel>;

/** How the view's agencies stand for the notices' own (see notice-union.ts). */
export interface UnionAgencies {
  readonly spellings: ReadonlyMap<AgencyId, readonly AgencySpelling[]>;
  /** The name to write in a notice so that the view takes it for the agency. */
  readonly nameIn: (noticeId: NoticeId, id: AgencyId) => string;
}

/** The view's agencies are the notices' own: a name is one agency everywhere. */
const SAME_NAMES: UnionAgencies = { spellings: new Map(), nameIn: (_, id) => id.replace(/^ag:/, '') };

/** Which of a notice's own agencies the view's agency `id` stands for. */
function ownIds(union: UnionAgencies, noticeId: NoticeId, model: NoticeModel, id: AgencyId): AgencyId[] {
  const spellings = union.spellings.get(id);
  if (spellings) return spellings.filter((s) => s.noticeId === noticeId).map((s) => s.agencyId);
  return names(model, id) ? [id] : [];
}

const refuse = (code: RefusalCode): CorrectionPlan => ({ ok: false, code, reason: REFUSALS[code] });
const plan = (ops: PlannedCorrection[], none: RefusalCode): CorrectionPlan =>
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

function planRename(
  models: ModelsInView,
  union: UnionAgencies,
  agencyId: AgencyId,
  name: string,
): CorrectionPlan {
  const clean = name.trim();
  if (clean === '') return refuse('empty-name');
  const target = agencyIdFor(clean);
  const ops: PlannedCorrection[] = [];
  for (const [noticeId, model] of models) {
    const [first, ...rest] = ownIds(union, noticeId, model, agencyId);
    if (first === undefined) continue;
    // Where the notice already has an agency of that name, the two are one: a merge, not a rename.
    if (names(model, target) && target !== first) {
      ops.push({ noticeId, op: { type: 'mergeAgencies', into: target, from: [first, ...rest] } });
      continue;
    }
    ops.push({ noticeId, op: { type: 'renameAgency', agencyId: first, name: clean } });
    if (rest.length > 0) ops.push({ noticeId, op: { type: 'mergeAgencies', into: target, from: rest } });
  }
  return plan(ops, 'agency-not-in-view');
}

function planMerge(
  models: ModelsInView,
  union: UnionAgencies,
  into: AgencyId,
  from: readonly AgencyId[],
): CorrectionPlan {
  const others = [...new Set(from)].filter((id) => id !== into);
  if (others.length === 0) return refuse('merge-needs-other');
  const known = union.spellings.has(into) || nameOf(models, into) !== null;
  if (!known) return refuse('merge-target-not-in-view');
  const ops: PlannedCorrection[] = [];
  for (const [noticeId, model] of models) {
    const present = others.flatMap((id) => ownIds(union, noticeId, model, id));
    const [first, ...rest] = present;
    if (first === undefined) continue;
    const [kept, ...twins] = ownIds(union, noticeId, model, into);
    if (kept !== undefined) {
      ops.push({ noticeId, op: { type: 'mergeAgencies', into: kept, from: [...present, ...twins] } });
      continue;
    }
    // A notice that names only the other spelling takes the kept name (as another notice writes it,
    // where that is the same agency here), so it joins the same node.
    const name = union.spellings.has(into) ? union.nameIn(noticeId, into) : (nameOf(models, into) as string);
    ops.push({ noticeId, op: { type: 'renameAgency', agencyId: first, name } });
    if (rest.length > 0)
      ops.push({ noticeId, op: { type: 'mergeAgencies', into: agencyIdFor(name), from: rest } });
  }
  return plan(ops, 'merge-not-in-view');
}

/** The decision is stored in every notice in view that names one of the agencies. */
function planKeepApart(
  models: ModelsInView,
  union: UnionAgencies,
  request: Extract<CorrectionRequest, { type: 'keepApart' }>,
): CorrectionPlan {
  const names = [...new Set(request.names.map((n) => n.trim()).filter((n) => n !== ''))];
  if (names.length < 2) return refuse('apart-needs-two');
  const ops = [...models]
    .filter(([noticeId, model]) =>
      request.agencies.some((id) => ownIds(union, noticeId, model, id).length > 0),
    )
    .map(([noticeId]): PlannedCorrection => ({ noticeId, op: { type: 'keepApart', names } }));
  return plan(ops, 'apart-not-in-view');
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
  union: UnionAgencies,
  request: Extract<CorrectionRequest, { type: 'split' }>,
): CorrectionPlan {
  const clean = request.name.trim();
  if (clean === '') return refuse('split-needs-name');
  if (agencyIdFor(clean) === request.agencyId) return refuse('split-needs-other-name');
  const byNotice = new Map<NoticeId, ItemRef[]>();
  for (const scoped of request.items) {
    const found = locateItem(models, scoped);
    if (found) byNotice.set(found.noticeId, [...(byNotice.get(found.noticeId) ?? []), found.ref]);
  }
  const ops = [...byNotice].flatMap(([noticeId, items]): PlannedCorrection[] => {
    const model = models.get(noticeId) as NoticeModel;
    const own = ownIds(union, noticeId, model, request.agencyId)[0] ?? request.agencyId;
    return [{ noticeId, op: { type: 'splitAgency', agencyId: own, name: clean, items } }];
  });
  return plan(ops, 'split-needs-items');
}

const cleanNames = (list: readonly string[]) => [
  ...new Set(list.map((n) => n.trim()).filter((n) => n !== '')),
];

function planAddItem(
  models: ModelsInView,
  request: Extract<CorrectionRequest, { type: 'addItem' }>,
): CorrectionPlan {
  const model = models.get(request.noticeId);
  if (!model) return refuse('notice-not-in-view');
  const text = model.text.slice(request.start, request.end);
  if (text.trim() === '') return refuse('empty-passage');
  const roles = {
    leads: cleanNames(request.leads),
    cooperators: cleanNames(request.cooperators),
    responsible: cleanNames(request.responsible),
  };
  if (roles.leads.length + roles.cooperators.length + roles.responsible.length === 0)
    return refuse('item-needs-agency');
  const op: CorrectionOp = {
    type: 'addItem',
    marker: { start: request.start, end: request.end, text },
    ...roles,
  };
  return plan([{ noticeId: request.noticeId, op }], 'notice-not-in-view');
}

function planRoles(
  models: ModelsInView,
  request: Extract<CorrectionRequest, { type: 'setRoles' }>,
): CorrectionPlan {
  const found = locateItem(models, request.item);
  if (!found) return refuse('item-not-in-view');
  const clean = (list: readonly string[]) => [...new Set(list.map((n) => n.trim()).filter((n) => n !== ''))];
  const op: CorrectionOp = {
    type: 'setItemRoles',
    item: found.ref,
    leads: clean(request.leads),
    cooperators: clean(request.cooperators),
    responsible: clean(request.responsible),
  };
  return plan([{ noticeId: found.noticeId, op }], 'item-not-in-view');
}

export function planCorrection(
  request: CorrectionRequest,
  models: ModelsInView,
  union: UnionAgencies = SAME_NAMES,
): CorrectionPlan {
  switch (request.type) {
    case 'rename':
      return planRename(models, union, request.agencyId, request.name);
    case 'merge':
      return planMerge(models, union, request.into, request.from);
    case 'keepApart':
      return planKeepApart(models, union, request);
    case 'split':
      return planSplit(models, union, request);
    case 'setRoles':
      return planRoles(models, request);
    case 'addItem':
      return planAddItem(models, request);
    case 'markGeneric': {
      const ops = [...models].flatMap(([noticeId, model]) =>
        ownIds(union, noticeId, model, request.agencyId).map((agencyId): PlannedCorrection => ({
          noticeId,
          op: { type: 'markGeneric', agencyId, generic: request.generic },
        })),
      );
      return plan(ops, 'agency-not-in-view');
    }
  }
}
