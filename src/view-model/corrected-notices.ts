// Each notice in view with its corrections applied, and what the panel and the views show about them:
// which agencies and items a correction touched (for a badge) and the list of corrections in words,
// the same correction made in several notices shown once. Pure.
import { addedItemId } from '../corrections/add-item.ts';
import {
  appliedAs,
  applyCorrection,
  resolveItem,
  type Caveat,
  type CorrectionOp,
  type CorrectionsResult,
  type ItemRef,
  type SkipCode,
} from '../corrections/index.ts';
import { agencyIdFor } from '../corrections/index.ts';
import type { AgencyId, Item, NoticeModel } from '../notice/model.ts';
import type { NoticeId } from '../workspace/notice-id.ts';
import { scopedId } from '../workspace/scoped-id.ts';
import { itemLabel } from './item-label.ts';

export interface CorrectedNotice {
  readonly id: NoticeId;
  /** What the user calls the notice. */
  readonly name: string;
  /** The model as parsed, before corrections. */
  readonly parsed: NoticeModel;
  readonly ops: readonly CorrectionOp[];
  /** `result.model` is the corrected model. */
  readonly result: CorrectionsResult<CorrectionOp>;
  /** How each op fared, in the order of `ops` (the same op may be in the list twice). */
  readonly outcomes: readonly {
    readonly applied: boolean;
    readonly detail: string | null;
    /** Why it was skipped, for the interface to say in its language (`detail` is the core's English). */
    readonly code?: SkipCode;
    /** What to know about how it applied, for the interface to say in its language. */
    readonly caveats?: readonly Caveat[];
  }[];
}

/** applyCorrections, keeping each op's outcome by its place in the list. */
export function correctNotice(
  id: NoticeId,
  name: string,
  parsed: NoticeModel,
  ops: readonly CorrectionOp[],
): CorrectedNotice {
  let model = parsed;
  const applied: { op: CorrectionOp; note?: string; caveats?: readonly Caveat[] }[] = [];
  const skipped: { op: CorrectionOp; code: SkipCode; reason: string }[] = [];
  const outcomes = ops.map((op) => {
    const outcome = applyCorrection(model, op);
    if (!outcome.ok) {
      skipped.push({ op, code: outcome.code, reason: outcome.reason });
      return { applied: false, detail: outcome.reason, code: outcome.code };
    }
    model = outcome.model;
    applied.push(appliedAs(op, outcome));
    return outcome.caveats === undefined
      ? { applied: true, detail: outcome.note ?? null }
      : { applied: true, detail: outcome.note ?? null, caveats: outcome.caveats };
  });
  return { id, name, parsed, ops, result: { model, applied, skipped }, outcomes };
}

export interface CorrectionMarks {
  readonly agencies: ReadonlySet<AgencyId>;
  /** Scoped item ids (`n1/item-3`). */
  readonly items: ReadonlySet<string>;
}

export const NO_MARKS: CorrectionMarks = { agencies: new Set(), items: new Set() };

function itemAt(model: NoticeModel, ref: ItemRef): Item | null {
  const found = resolveItem(model, ref);
  return found.ok ? (model.items[found.index] ?? null) : null;
}

/** The agencies and items the applied corrections changed, as the corrected models name them. */
export function correctionMarks(notices: readonly CorrectedNotice[]): CorrectionMarks {
  const agencies = new Set<AgencyId>();
  const items = new Set<string>();
  for (const { id, result } of notices) {
    const markItem = (ref: ItemRef) => {
      const item = itemAt(result.model, ref);
      if (item) items.add(scopedId(id, item.id));
    };
    for (const { op } of result.applied) {
      if (op.type === 'renameAgency') agencies.add(agencyIdFor(op.name));
      else if (op.type === 'mergeAgencies') agencies.add(op.into);
      else if (op.type === 'markGeneric') agencies.add(op.agencyId);
      else if (op.type === 'setItemRoles') markItem(op.item);
      else if (op.type === 'addItem') items.add(scopedId(id, addedItemId(op.marker.start)));
      else if (op.type === 'keepApart') continue;
      else {
        agencies.add(op.agencyId).add(agencyIdFor(op.name));
        op.items.forEach(markItem);
      }
    }
  }
  return { agencies, items };
}

/** The marks under the view's agency ids, where the view names a notice's agency otherwise. */
export function unionMarks(
  marks: CorrectionMarks,
  union: { readonly spellings: ReadonlyMap<AgencyId, readonly { readonly agencyId: AgencyId }[]> },
): CorrectionMarks {
  const agencies = new Set(marks.agencies);
  for (const [id, spellings] of union.spellings)
    if (spellings.some((s) => marks.agencies.has(s.agencyId))) agencies.add(id);
  return { agencies, items: marks.items };
}

export interface CorrectionInNotice {
  readonly noticeId: NoticeId;
  readonly noticeName: string;
  readonly applied: boolean;
  /** Why it was skipped, or what the user should know about how it applied. */
  readonly detail: string | null;
  readonly code?: SkipCode;
  readonly caveats?: readonly Caveat[];
}

export interface CorrectionRow {
  /** The op as JSON: the same correction in several notices is one row. */
  readonly key: string;
  readonly op: CorrectionOp;
  readonly text: string;
  readonly notices: readonly CorrectionInNotice[];
}

export function correctionKey(op: CorrectionOp): string {
  return JSON.stringify(op);
}

function agencyName(notice: CorrectedNotice, id: AgencyId): string {
  const known = [...notice.parsed.agencies, ...notice.result.model.agencies].find((a) => a.id === id);
  return known?.name ?? id.replace(/^ag:/, '');
}

function itemName(notice: CorrectedNotice, ref: ItemRef): string {
  const model = notice.parsed;
  const item = itemAt(model, ref);
  if (!item) return ref.assignmentId;
  return itemLabel(
    model.text,
    item,
    model.tasks.find((t) => t.id === item.taskId),
  );
}

const list = (names: readonly string[]) => (names.length > 0 ? names.join('、') : 'none');

/** The correction in words, with the names the notice gives its agencies and items. */
export function describeCorrection(op: CorrectionOp, notice: CorrectedNotice): string {
  const name = (id: AgencyId) => agencyName(notice, id);
  switch (op.type) {
    case 'renameAgency':
      return `Renamed ${name(op.agencyId)} → ${op.name}`;
    case 'mergeAgencies':
      return `Merged ${list(op.from.map(name))} into ${name(op.into)}`;
    case 'splitAgency':
      return `Split ${name(op.agencyId)}: ${op.items.length === 1 ? '1 item names' : `${op.items.length} items name`} ${op.name}`;
    case 'setItemRoles': {
      const roles = [`lead ${list(op.leads)}`, `cooperating ${list(op.cooperators)}`];
      if (op.responsible.length > 0) roles.push(`responsible ${list(op.responsible)}`);
      return `Agencies of "${itemName(notice, op.item)}": ${roles.join('; ')}`;
    }
    case 'markGeneric':
      return `Marked ${name(op.agencyId)} ${op.generic ? 'as a collective (generic)' : 'as one agency'}`;
    case 'keepApart':
      return `Kept apart as different agencies: ${list(op.names)}`;
    case 'addItem': {
      const roles = [`lead ${list(op.leads)}`, `cooperating ${list(op.cooperators)}`];
      if (op.responsible.length > 0) roles.push(`responsible ${list(op.responsible)}`);
      return `New item from "${op.marker.text}": ${roles.join('; ')}`;
    }
  }
}

/** Every correction in view, newest first; one row per distinct op, with where and how it applied. */
export function correctionRows(notices: readonly CorrectedNotice[]): CorrectionRow[] {
  const rows = new Map<string, { op: CorrectionOp; text: string; notices: CorrectionInNotice[] }>();
  for (const notice of notices) {
    notice.ops.forEach((op, i) => {
      const key = correctionKey(op);
      const row = rows.get(key) ?? { op, text: describeCorrection(op, notice), notices: [] };
      const outcome = notice.outcomes[i] ?? { applied: false, detail: null };
      row.notices.push({ noticeId: notice.id, noticeName: notice.name, ...outcome });
      rows.set(key, row);
    });
  }
  return [...rows].map(([key, row]) => ({ key, ...row })).reverse();
}

/** The notice's list without its last op equal to `op`: undoing a correction is dropping it from the
 *  list, and the rest are applied again. */
export function opsWithout(ops: readonly CorrectionOp[], op: CorrectionOp): CorrectionOp[] {
  const key = correctionKey(op);
  const at = ops.map(correctionKey).lastIndexOf(key);
  return at < 0 ? [...ops] : [...ops.slice(0, at), ...ops.slice(at + 1)];
}
