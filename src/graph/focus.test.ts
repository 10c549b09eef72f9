// Focus on the Manzhouli networks: one or two steps from an agency, in both networks.
import { describe, expect, it } from 'vitest';
import { handItems } from '../../tests/support/manzhouli-items.ts';
import { seedBytes } from '../../tests/support/seed.ts';
import { computeWorkload } from '../analysis/workload.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { focusScope, hopsPerStep } from './focus.ts';
import { agencyTaskNetwork, coordinationNetwork, egoNetwork } from './network.ts';

const model = parseNotice(seedBytes());
const workloads = computeWorkload(model);
const full = agencyTaskNetwork(model, workloads);
const coordination = coordinationNetwork(model, workloads);
const idOf = new Map(model.agencies.map((a) => [a.name, a.id as string]));
const nameOf = new Map(model.agencies.map((a) => [a.id as string, a.name]));
const items = handItems();
const pboc = idOf.get('人民银行呼和浩特中心支行') as string;
const agenciesIn = (ids: ReadonlySet<string>) =>
  new Set([...ids].filter((id) => nameOf.has(id)).map((id) => nameOf.get(id)));

describe('focusScope', () => {
  it('keeps, at one step in the agency–task network, the agency, its tasks and the agencies on them', () => {
    const scope = focusScope(full, pboc, 1)!;
    const tasks = new Set(
      items
        .filter((i) => [...i.leads, ...i.cooperators].includes('人民银行呼和浩特中心支行'))
        .map((i) => i.task),
    );
    const partners = new Set(
      items.filter((i) => tasks.has(i.task)).flatMap((i) => [...i.leads, ...i.cooperators]),
    );
    expect(agenciesIn(scope)).toEqual(partners);
    expect(full.nodes.filter((n) => n.kind === 'task' && scope.has(n.id))).toHaveLength(tasks.size);
    // The same neighbourhood as the ego view's, which lays it out on its own.
    const ego = egoNetwork(full, pboc, 1);
    expect(scope).toEqual(new Set([...ego.nodes, ...ego.edges].map((x) => x.id)));
  });

  it('keeps, at one step in the coordination network, the agency, its partners and the links among them', () => {
    expect(hopsPerStep(coordination)).toBe(1);
    const scope = focusScope(coordination, pboc, 1)!;
    const partners = coordination.edges
      .filter((e) => e.source === pboc || e.target === pboc)
      .map((e) => (e.source === pboc ? e.target : e.source));
    expect(new Set([...scope].filter((id) => nameOf.has(id)))).toEqual(new Set([pboc, ...partners]));
    for (const e of coordination.edges)
      expect(scope.has(e.id)).toBe(scope.has(e.source) && scope.has(e.target));
  });

  it('reaches further at two steps, and shows everything for an agency not drawn', () => {
    const one = focusScope(coordination, pboc, 1)!;
    const two = focusScope(coordination, pboc, 2)!;
    expect(two.size).toBeGreaterThan(one.size);
    for (const id of one) expect(two.has(id)).toBe(true);
    expect(focusScope(full, 'ag:没有这个机构', 1)).toBeNull();
  });
});
