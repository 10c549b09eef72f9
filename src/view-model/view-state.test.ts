import { describe, expect, it } from 'vitest';
import { asNoticeId } from '../workspace/notice-id.ts';
import type { ViewState } from '../workspace/records.ts';
import { noticeScope } from '../workspace/scope.ts';
import {
  addressFromViewState,
  sameViewState,
  selectionFromIds,
  selectionIds,
  sessionFromAddress,
  viewStateFromAddress,
} from './view-state.ts';

const scope = noticeScope([asNoticeId('n1'), asNoticeId('n2')]);

describe('view state and address', () => {
  const url = {
    view: 'graph',
    selection: { kind: 'item' as const, id: 'n1/item-40' },
    params: {
      scope: 'n1,n2',
      panels: 'inspector',
      layout: 'fcose',
      zoom: '1.5',
      pan: '-20,35.5',
      positions: JSON.stringify({ 'ag:自治区商务厅': [10, -4], 'n1/task-3': [0, 7] }),
    },
  };

  it('reads view, scope, filters, selection, zoom, pan and dragged positions from the address', () => {
    expect(viewStateFromAddress(url, scope, 'outline')).toEqual({
      viewType: 'graph',
      scope,
      filters: { layout: 'fcose' },
      selection: ['n1/item-40'],
      positions: { 'ag:自治区商务厅': { x: 10, y: -4 }, 'n1/task-3': { x: 0, y: 7 } },
      zoom: 1.5,
      pan: { x: -20, y: 35.5 },
    });
  });

  it('writes the same address back, the side panels aside', () => {
    const back = addressFromViewState(viewStateFromAddress(url, scope, 'outline'));
    const { panels: _, ...params } = url.params;
    expect(back).toEqual({ ...url, params });
  });

  it('leaves out default zoom and pan, and survives damaged layout settings', () => {
    const plain = viewStateFromAddress(
      { view: null, selection: null, params: { zoom: 'big', pan: 'x', positions: '{bad' } },
      scope,
      'outline',
    );
    expect(plain).toMatchObject({ viewType: 'outline', zoom: 1, pan: { x: 0, y: 0 }, positions: {} });
    expect(addressFromViewState(plain).params).toEqual({ scope: 'n1,n2' });
  });

  it('writes filters of other shapes (from a workspace file) as text', () => {
    const view: ViewState = {
      ...viewStateFromAddress(url, scope, 'x'),
      filters: { roles: ['lead', 'cooperate'], min: 2, off: null },
    };
    expect(addressFromViewState(view).params).toMatchObject({ roles: 'lead,cooperate', min: '2' });
    expect(addressFromViewState(view).params).not.toHaveProperty('off');
  });

  it('tells two views apart by what they show', () => {
    const view = viewStateFromAddress(url, scope, 'outline');
    expect(sameViewState(view, { ...view, filters: { ...view.filters } })).toBe(true);
    expect(sameViewState(view, { ...view, zoom: 2 })).toBe(false);
  });
});

describe('selections stored as ids', () => {
  it('reads the kind from the id', () => {
    expect(selectionFromIds(['ag:满洲里海关'])).toEqual({ kind: 'agency', id: 'ag:满洲里海关' });
    expect(selectionFromIds(['n1/item-3'])).toEqual({ kind: 'item', id: 'n1/item-3' });
    expect(selectionFromIds(['n1/task-12'])).toEqual({ kind: 'task', id: 'n1/task-12' });
    expect(selectionFromIds(['n1/sec-2'])).toEqual({ kind: 'section', id: 'n1/sec-2' });
    expect(selectionFromIds([])).toBeNull();
  });

  it('keeps an edge, whose id the view makes up, apart by a prefix', () => {
    const edge = { kind: 'edge' as const, id: 'ag:自治区商务厅->n1/task-1' };
    expect(selectionIds(edge)).toEqual(['edge:ag:自治区商务厅->n1/task-1']);
    expect(selectionFromIds(selectionIds(edge))).toEqual(edge);
    expect(selectionIds(null)).toEqual([]);
  });
});

describe('the session', () => {
  it('records the view with the saved view and the inspector focus', () => {
    const view = viewStateFromAddress({ view: 'outline', selection: null, params: {} }, scope, 'outline');
    const session = sessionFromAddress(
      view,
      { savedViewId: 'view-1', focus: '' },
      new Date('2024-05-06T07:08:09Z'),
    );
    expect(session).toEqual({
      view,
      savedViewId: 'view-1',
      focus: '',
      search: '',
      updatedAt: '2024-05-06T07:08:09.000Z',
    });
  });
});
