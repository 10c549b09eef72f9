// Coordination blocs on the Manzhouli notice and on a notice made for the test: every named agency in
// one bloc, the same blocs on every run, each named by its heaviest agency, collectives in none.
import { describe, expect, it } from 'vitest';
import { seedBytes } from '../../tests/support/seed.ts';
import { parseNotice } from '../projects/parse-notice.ts';
import { coordinationBlocs } from './blocs.ts';

const seed = parseNotice(seedBytes());
const name = (id: string) => seed.agencies.find((a) => a.id === id)?.name;

describe('coordinationBlocs', () => {
  it('puts two groups that never share an item into two blocs, each named by its heaviest agency', () => {
    const model = parseNotice(
      [
        '一、开放',
        '（一）口岸。推进通关。（市商务局牵头，市海关、市口岸办配合）',
        '（二）贸易。扩大外贸。（市商务局牵头，市海关配合）',
        '二、民生',
        '（三）教育。建设学校。（市教育局牵头，市财政局、市人社局配合）',
        '（四）就业。稳定就业。（市人社局牵头，市财政局、各区政府配合）',
      ].join('\n'),
    );
    const { blocs, blocOf } = coordinationBlocs(model);
    const names = blocs.map((b) => b.agencies.map((id) => model.agencies.find((a) => a.id === id)?.name));
    expect(names).toEqual([
      ['市人社局', '市财政局', '市教育局'],
      ['市商务局', '市海关', '市口岸办'],
    ]);
    // The collective actor belongs to no bloc; each bloc says the section its items are in.
    expect(blocOf.has('ag:各区政府' as never)).toBe(false);
    expect(blocs.map((b) => b.sections.map((s) => model.sections.find((x) => x.id === s)?.title))).toEqual([
      ['民生'],
      ['开放'],
    ]);
  });

  it('gives the Manzhouli notice the same blocs on every run, every named agency in one', () => {
    const first = coordinationBlocs(seed);
    const again = coordinationBlocs(seed);
    expect(again.blocs).toEqual(first.blocs);
    const named = seed.agencies.filter((a) => !a.generic);
    expect(first.blocOf.size).toBe(named.length);
    expect(first.blocs.flatMap((b) => b.agencies).sort()).toEqual(named.map((a) => a.id).sort());
    // The largest bloc forms round the development commission, trade round the commerce department.
    expect(name(first.blocs[0]?.agencies[0] as string)).toBe('自治区发展改革委');
    expect(first.blocOf.get('ag:自治区商务厅' as never)).not.toBe(
      first.blocOf.get('ag:自治区发展改革委' as never),
    );
    expect(first.blocs.length).toBeGreaterThanOrEqual(3);
  });
});
