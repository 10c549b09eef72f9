// Writing corrections that span notices. The store makes each notice's list one transaction; a correction
// made in three notices is three writes, so a failure part-way puts back the lists already changed: the
// user's correction happens in every notice in view or in none.
import { opsWithout, type CorrectionRow } from '../../view-model/corrected-notices.ts';
import type { PlannedCorrection } from '../../view-model/correction-plan.ts';
import type { CorrectionOp } from '../../corrections/index.ts';
import type { WorkspaceStore } from '../../store/index.ts';
import type { NoticeId } from '../../workspace/notice-id.ts';

type ListChange = (ops: readonly CorrectionOp[]) => CorrectionOp[];

/** Changes the lists of several notices; if one write fails, the others are put back and it rethrows. */
async function changeLists(store: WorkspaceStore, changes: ReadonlyMap<NoticeId, ListChange>): Promise<void> {
  const before = new Map<NoticeId, CorrectionOp[]>();
  try {
    for (const [noticeId, change] of changes) {
      const ops = await store.listCorrections(noticeId);
      before.set(noticeId, ops);
      await store.setCorrections(noticeId, change(ops));
    }
  } catch (error) {
    for (const [noticeId, ops] of before) await store.setCorrections(noticeId, ops).catch(() => undefined);
    throw error;
  }
}

function byNotice(planned: readonly PlannedCorrection[]): Map<NoticeId, CorrectionOp[]> {
  const map = new Map<NoticeId, CorrectionOp[]>();
  for (const { noticeId, op } of planned) map.set(noticeId, [...(map.get(noticeId) ?? []), op]);
  return map;
}

/** Appends each op to its notice's list (an append is one transaction, safe beside another tab's). */
export async function addCorrections(
  store: WorkspaceStore,
  planned: readonly PlannedCorrection[],
): Promise<void> {
  const before = new Map<NoticeId, CorrectionOp[]>();
  try {
    for (const { noticeId, op } of planned) {
      if (!before.has(noticeId)) before.set(noticeId, await store.listCorrections(noticeId));
      await store.addCorrection(noticeId, op);
    }
  } catch (error) {
    for (const [noticeId, ops] of before) await store.setCorrections(noticeId, ops).catch(() => undefined);
    throw error;
  }
}

/** Undoes corrections by taking them out of their lists (the later ones are applied again without them). */
export function removeCorrections(
  store: WorkspaceStore,
  planned: readonly PlannedCorrection[],
): Promise<void> {
  const changes = new Map<NoticeId, ListChange>();
  for (const [noticeId, ops] of byNotice(planned))
    changes.set(noticeId, (list) =>
      ops.reduceRight<CorrectionOp[]>((rest, op) => opsWithout(rest, op), [...list]),
    );
  return changeLists(store, changes);
}

/** The stored corrections a row of the panel stands for. */
export function correctionsOfRow(row: CorrectionRow): PlannedCorrection[] {
  return row.notices.map((n) => ({ noticeId: n.noticeId, op: row.op }));
}
