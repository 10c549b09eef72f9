import { describe, expect, it } from 'vitest';
import { importStop } from './import-stop.ts';

describe('importStop', () => {
  it('tells the browser running out of memory', () => {
    expect(importStop(new RangeError('Array buffer allocation failed'))).toEqual({
      reason: 'memory',
      detail: 'RangeError: Array buffer allocation failed',
    });
    expect(importStop(new Error('Out of memory')).reason).toBe('memory');
    expect(importStop(new RangeError('Maximum call stack size exceeded')).reason).toBe('memory');
  });

  it('tells a parser worker or its code that did not load', () => {
    const chromium = new TypeError('Failed to fetch dynamically imported module: http://x/assets/jobs.js');
    expect(importStop(chromium).reason).toBe('worker');
    expect(importStop(new TypeError('Importing a module script failed.')).reason).toBe('worker');
  });

  it('tells a parser shut down with the page', () => {
    expect(importStop(new Error('The parser was disposed.')).reason).toBe('interrupted');
  });

  it('takes anything else for the parser failing, its own line kept', () => {
    const stop = importStop(new Error('Cannot read properties of undefined (reading "start")'));
    expect(stop.reason).toBe('parser');
    expect(stop.detail).toContain('Cannot read properties');
    expect(importStop('a thrown string')).toEqual({ reason: 'parser', detail: 'a thrown string' });
  });

  it('never throws on what was thrown', () => {
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(importStop(hostile)).toEqual({ reason: 'parser', detail: '' });
    expect(importStop(undefined).reason).toBe('parser');
    expect(importStop(null).reason).toBe('parser');
  });
});
