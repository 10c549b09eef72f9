import { describe, expect, it } from 'vitest';
import { asNoticeId } from '../workspace/notice-id.ts';
import { ALL_NOTICES, noticeScope } from '../workspace/scope.ts';
import {
  defaultScope,
  readPanels,
  readScopeParam,
  scopeAfterImport,
  scopeWithout,
  SHOW_IMPORTED_LIMIT,
  toggleNotice,
  viewParams,
  writePanels,
  writeScopeParam,
} from './scope-address.ts';

const [a, b, c] = ['n-a', 'n-b', 'n-c'].map(asNoticeId) as [
  ReturnType<typeof asNoticeId>,
  ReturnType<typeof asNoticeId>,
  ReturnType<typeof asNoticeId>,
];

describe('the scope in the address', () => {
  it('round-trips all notices, a set, and the empty set', () => {
    for (const scope of [ALL_NOTICES, noticeScope([a, b]), noticeScope([])])
      expect(readScopeParam(writeScopeParam(scope))).toEqual(scope);
  });

  it('names no scope when the address has none or only ids of no notice', () => {
    expect(readScopeParam(undefined)).toBeNull();
    expect(readScopeParam('')).toBeNull();
    expect(readScopeParam('../x,<y>')).toBeNull();
    expect(readScopeParam('n-a,<y>')).toEqual(noticeScope([a]));
  });

  it('defaults to the first notice of the workspace', () => {
    expect(defaultScope([b, a])).toEqual(noticeScope([b]));
    expect(defaultScope([])).toEqual(ALL_NOTICES);
  });
});

describe('changing the scope', () => {
  const workspace = [a, b, c];

  it('ticks notices in workspace order and unticks them', () => {
    expect(toggleNotice(noticeScope([c]), a, workspace)).toEqual(noticeScope([a, c]));
    expect(toggleNotice(noticeScope([a, c]), a, workspace)).toEqual(noticeScope([c]));
  });

  it('unticking one of all notices leaves the others as a set', () => {
    expect(toggleNotice(ALL_NOTICES, b, workspace)).toEqual(noticeScope([a, c]));
  });

  it('drops a deleted notice', () => {
    expect(scopeWithout(noticeScope([a, b]), a)).toEqual(noticeScope([b]));
    expect(scopeWithout(ALL_NOTICES, a)).toEqual(ALL_NOTICES);
  });

  it('shows a few imported notices, and leaves the view alone for a whole archive', () => {
    expect(scopeAfterImport(noticeScope([a]), [b, c])).toEqual(noticeScope([b, c]));
    const many = Array.from({ length: SHOW_IMPORTED_LIMIT + 1 }, (_, i) => asNoticeId(`n${i}`));
    expect(scopeAfterImport(noticeScope([a]), many)).toEqual(noticeScope([a]));
    expect(scopeAfterImport(noticeScope([a]), [])).toEqual(noticeScope([a]));
  });
});

describe('panels and view settings', () => {
  it('keeps the open panels in a fixed order and ignores unknown ones', () => {
    expect([...readPanels('inspector,nonsense,notices')]).toEqual(['notices', 'inspector']);
    expect(writePanels(new Set(['inspector', 'notices']))).toBe('notices,inspector');
    expect(writePanels(new Set())).toBeNull();
  });

  it('gives views only their own settings', () => {
    expect(viewParams({ scope: 'all', panels: 'notices', layout: 'fcose' })).toEqual({ layout: 'fcose' });
  });
});
