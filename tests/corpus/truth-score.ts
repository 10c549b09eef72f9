// How a parsed model compares with a synthetic notice's ground truth: counts, and per item whether
// leads, cooperators and responsible agencies (full names, in order) match.
import type { NoticeModel } from '../../src/notice/model.ts';
import type { NoticeTruth, TruthItem } from './synthetic.ts';

export interface TruthScore {
  readonly sections: boolean;
  readonly tasks: boolean;
  readonly items: boolean;
  /** Items whose three role lists all match; only counted when the item counts agree. */
  readonly rolesMatched: number;
  readonly rolesCompared: number;
  /** The first few mismatches, for a person to read. */
  readonly mismatches: readonly {
    readonly expected: TruthItem;
    readonly got: TruthItem;
    readonly marker: string;
  }[];
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function scoreAgainstTruth(model: NoticeModel, truth: NoticeTruth, keepMismatches = 3): TruthScore {
  const names = new Map(model.agencies.map((a) => [a.id as string, a.name]));
  const named = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? `?${id}`);
  const items = model.items.length === truth.items.length;
  const mismatches: TruthScore['mismatches'][number][] = [];
  let rolesMatched = 0;
  if (items) {
    truth.items.forEach((expected, i) => {
      const a = model.items[i]!;
      const got = {
        ...expected,
        leads: named(a.leads),
        cooperators: named(a.cooperators),
        responsible: named(a.responsible),
      };
      const ok =
        same(got.leads, expected.leads) &&
        same(got.cooperators, expected.cooperators) &&
        same(got.responsible, expected.responsible);
      if (ok) rolesMatched += 1;
      else if (mismatches.length < keepMismatches) {
        mismatches.push({ expected, got, marker: model.text.slice(a.marker.start, a.marker.end) });
      }
    });
  }
  return {
    sections: model.sections.length === truth.sections,
    tasks: model.tasks.length === truth.tasks,
    items,
    rolesMatched,
    rolesCompared: items ? truth.items.length : 0,
    mismatches,
  };
}
