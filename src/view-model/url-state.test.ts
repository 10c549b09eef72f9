import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from './url-state.ts';

describe('url state', () => {
  it('round-trips view, selection and view settings, Chinese ids included', () => {
    const state = {
      view: 'graph',
      selection: { kind: 'agency' as const, id: 'ag:自治区发展改革委' },
      params: { layout: 'fcose', role: 'lead' },
    };
    const hash = writeUrlState(state);
    expect(hash.startsWith('#')).toBe(true);
    expect(readUrlState(hash)).toEqual(state);
  });

  it('ignores what it does not understand', () => {
    expect(readUrlState('#sel=nonsense&view=')).toEqual({ view: null, selection: null, params: {} });
    expect(readUrlState('')).toEqual({ view: null, selection: null, params: {} });
    expect(writeUrlState({ view: null, selection: null, params: {} })).toBe('');
  });
});
