// The viewport and dragged positions round-trip through the address, and bad values are ignored.
import { describe, expect, it } from 'vitest';
import {
  draggedParam,
  readDragged,
  readViewport,
  settingsFromKey,
  settingsKey,
  viewportParams,
} from './graph-view-state.ts';

describe('graph view state in the address', () => {
  it('reads and writes the viewport as zoom and pan', () => {
    expect(readViewport('1.5', '10,20')).toEqual({ zoom: 1.5, pan: { x: 10, y: 20 } });
    expect(viewportParams({ zoom: 1.5, pan: { x: 10, y: 20 } })).toEqual({ zoom: '1.5', pan: '10,20' });
    expect(readViewport('0', '10,20')).toBeNull();
    expect(readViewport('2', 'left')).toBeNull();
    expect(readViewport(undefined, undefined)).toBeNull();
  });

  it('reads and writes dragged positions as the saved views expect them', () => {
    const text = JSON.stringify({ 'ag:自治区商务厅': [120, -40] });
    expect(readDragged(text)).toEqual(new Map([['ag:自治区商务厅', { x: 120, y: -40 }]]));
    expect(draggedParam(new Map([['ag:自治区商务厅', { x: 120.4, y: -39.6 }]]))).toBe(text);
    expect(readDragged('{"a":[1],"b":"x","c":[1,2]}')).toEqual(new Map([['c', { x: 1, y: 2 }]]));
    expect(readDragged('not json').size).toBe(0);
    expect(draggedParam(new Map())).toBeNull();
  });

  it('keys the settings, not the viewport', () => {
    const a = settingsKey({ graph: 'ego', ego: 'ag:x', zoom: '1', pan: '0,0' });
    expect(settingsKey({ graph: 'ego', ego: 'ag:x', zoom: '2' })).toBe(a);
    expect(settingsFromKey(a)).toEqual({ graph: 'ego', ego: 'ag:x' });
  });
});
