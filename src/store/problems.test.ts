import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeStorageError, PROBLEM_MESSAGES, StorageFailure } from './problems.ts';

const dom = (name: string, message = '') => new DOMException(message, name);

describe('describeStorageError', () => {
  it('finds a full disk however it is wrapped', () => {
    const quota = { kind: 'quota', message: PROBLEM_MESSAGES.quota };
    expect(describeStorageError(dom('QuotaExceededError'))).toEqual(quota);
    const aborted = Object.assign(dom('AbortError', 'transaction aborted'), {
      inner: dom('QuotaExceededError'),
    });
    expect(describeStorageError(aborted)).toEqual(quota);
    expect(describeStorageError(new Dexie.AbortError('aborted', dom('QuotaExceededError')))).toEqual(quota);
    expect(describeStorageError(new Error('write failed', { cause: dom('QuotaExceededError') }))).toEqual(
      quota,
    );
    expect(describeStorageError({ name: 'Error', code: 22 })).toEqual(quota);
    expect(describeStorageError(dom('NS_ERROR_DOM_QUOTA_REACHED'))).toEqual(quota);
  });

  it('tells a missing or forbidden IndexedDB from a newer or closed one', () => {
    expect(describeStorageError(new Dexie.MissingAPIError('IndexedDB API missing')).kind).toBe('unavailable');
    expect(describeStorageError(new Dexie.OpenFailedError(dom('InvalidStateError'))).kind).toBe(
      'unavailable',
    );
    expect(describeStorageError(dom('SecurityError')).kind).toBe('unavailable');
    expect(describeStorageError(new Dexie.VersionError('newer')).kind).toBe('version');
    expect(describeStorageError(new Dexie.DatabaseClosedError()).kind).toBe('closed');
  });

  it('says what it can of anything else', () => {
    expect(describeStorageError(new Error('boom'))).toEqual({
      kind: 'failed',
      message: 'Saving failed: boom.',
      args: ['boom', 'save'],
    });
    expect(describeStorageError(undefined)).toEqual({
      kind: 'failed',
      message: 'Saving failed.',
      args: ['', 'save'],
    });
    // A read that failed says so: it lost no change.
    expect(describeStorageError(new Error('boom'), 'read')).toEqual({
      kind: 'failed',
      message: 'Reading the stored workspace failed: boom.',
      args: ['boom', 'read'],
    });
    const failure = new StorageFailure({ kind: 'blocked', message: PROBLEM_MESSAGES.blocked });
    expect(describeStorageError(failure)).toBe(failure.problem);
  });
});
