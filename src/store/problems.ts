// Storage failures in plain words. IndexedDB reports them as DOMException names, often wrapped by Dexie
// (an AbortError whose `.inner` is the QuotaExceededError, an OpenFailedError around the real cause);
// the app needs only to know what happened, what the user can do, and that it can keep working.
export type StorageProblemKind =
  /** The site's storage is full; the change was not saved. */
  | 'quota'
  /** No IndexedDB here (private browsing, storage disabled, an old browser). */
  | 'unavailable'
  /** Another tab holds the old schema open, so this one cannot upgrade it. */
  | 'blocked'
  /** The stored workspace is newer than this copy of the app. */
  | 'version'
  /** Another tab upgraded the storage and this tab's connection was closed. */
  | 'closed'
  /** Stored records that failed validation and were left out. */
  | 'damaged'
  | 'failed';

export interface StorageProblem {
  readonly kind: StorageProblemKind;
  /** In English; an interface words it from `kind` and `args`. */
  readonly message: string;
  /** `damaged`: the table and the count left out; `failed`: what the browser said ('' when it said
   *  nothing) and what was being done (a StorageAction). */
  readonly args?: readonly string[];
}

/** What was being done when storage failed: reading the stored workspace, or saving a change. */
export type StorageAction = 'read' | 'save';

export const FAILED_MESSAGES: Readonly<Record<StorageAction, string>> = {
  read: 'Reading the stored workspace failed',
  save: 'Saving failed',
};

/** A failure with no known cause: what was being done, and what the browser said of it if anything. */
export function storageFailed(action: StorageAction, detail: string | null): StorageProblem {
  return {
    kind: 'failed',
    message: `${FAILED_MESSAGES[action]}${detail ? `: ${detail}` : ''}.`,
    args: [detail ?? '', action],
  };
}

export const PROBLEM_MESSAGES: Readonly<Record<Exclude<StorageProblemKind, 'failed' | 'damaged'>, string>> = {
  quota:
    "The browser's storage for this site is full, so the last change was not saved. Export the workspace to a file or free some space; the work on screen is kept.",
  unavailable:
    'This browser does not let Fengong Atlas store data (private browsing or storage turned off). Your work lasts only while this tab is open: export it to a file to keep it.',
  blocked:
    'Another tab with an older Fengong Atlas holds the stored workspace open. Close or reload that tab; until then this tab works without saving.',
  version:
    'The stored workspace was saved by a newer Fengong Atlas in another tab. Reload this tab to use it; until then this tab works without saving.',
  closed: 'Fengong Atlas was updated in another tab, so this tab can no longer save. Reload it to continue.',
};

/** Thrown (as a rejection) by every store method: the problem, with the original error as `cause`. */
export class StorageFailure extends Error {
  readonly problem: StorageProblem;
  constructor(problem: StorageProblem, cause?: unknown) {
    super(problem.message, { cause });
    this.name = 'StorageFailure';
    this.problem = problem;
  }
}

const KIND_BY_NAME: Readonly<Record<string, Exclude<StorageProblemKind, 'failed' | 'damaged'>>> = {
  QuotaExceededError: 'quota',
  NS_ERROR_DOM_QUOTA_REACHED: 'quota',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  NotAllowedError: 'unavailable',
  UnknownError: 'unavailable',
  VersionError: 'version',
  DatabaseClosedError: 'closed',
};

/** The error and what it wraps (Dexie's `inner`, the standard `cause`), outermost first. */
function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e && chain.length < 6;) {
    chain.push(e);
    const next = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
    e = next === e ? undefined : next;
  }
  return chain;
}

function nameOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const { name, code } = error as { name?: unknown; code?: unknown };
  // Old WebKit reports a full disk only by the legacy DOMException code.
  return code === 22 ? 'QuotaExceededError' : typeof name === 'string' ? name : '';
}

export function describeStorageError(error: unknown, action: StorageAction = 'save'): StorageProblem {
  if (error instanceof StorageFailure) return error.problem;
  const chain = errorChain(error);
  // The innermost known cause says most: an AbortError is only the transaction giving up.
  for (const e of [...chain].reverse()) {
    const kind = KIND_BY_NAME[nameOf(e)];
    if (kind) return { kind, message: PROBLEM_MESSAGES[kind] };
  }
  const detail = chain.map((e) => (e instanceof Error ? e.message : String(e))).find((m) => m.length > 0);
  return storageFailed(action, detail ?? null);
}
