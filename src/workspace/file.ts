// The workspace file: everything a user made — notices with their original text or bytes, corrections,
// saved views, notes — in one JSON file with a format name and a version. Reading it never trusts it
// (Excalidraw's restore.ts): header first, then every field, then the references between records; a
// damaged or foreign file is refused with the field and the fault, and nothing is returned to apply.
// Pure: the caller writes the result to the store only when `ok` is true.
import { encodeBase64 } from './base64.ts';
import { describeIssue } from './file-issues.ts';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, workspaceFileSchema } from './file-schema.ts';
import type { WorkspaceData, WorkspaceNotice } from './records.ts';

/** Why a workspace file was refused, for an interface to say in its language. */
export type WorkspaceFileProblem =
  /** Not UTF-8 text. */
  | { readonly code: 'not-text' }
  /** Not JSON, or JSON cut short. */
  | { readonly code: 'not-json' }
  /** JSON of another program (no object, or another format name). */
  | { readonly code: 'foreign' }
  /** No usable version number. */
  | { readonly code: 'no-version' }
  /** Written by a newer version of the app. */
  | { readonly code: 'newer'; readonly version: number; readonly reads: number }
  /** A field is missing or wrong, an id is used twice, a note points at no notice (`problems` in all). */
  | { readonly code: 'damaged'; readonly problems: number }
  /** The browser could not read the file at all. */
  | { readonly code: 'unreadable' };

/** What was mended on the way in: a saved view scoped to notices the file lacks, left out of it. */
export interface Mended {
  readonly savedView: string;
  readonly leftOut: number;
}

export type WorkspaceFileReading =
  | {
      readonly ok: true;
      readonly workspace: WorkspaceData;
      readonly exportedAt: string;
      readonly repaired: readonly Mended[];
    }
  /** `reason` is the technical line in English (the field and the fault); `problem` says why as a code. */
  | { readonly ok: false; readonly reason: string; readonly problem: WorkspaceFileProblem };

function noticeForFile(notice: WorkspaceNotice) {
  const { source, corrections, ...rest } = notice;
  const stored = source.kind === 'text' ? source : { kind: 'bytes', base64: encodeBase64(source.bytes) };
  return { ...rest, source: stored, corrections };
}

/** The file's text: two-space JSON ending in a newline, header first. */
export function writeWorkspaceFile(workspace: WorkspaceData, exportedAt: string): string {
  const file = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    exportedAt,
    notices: workspace.notices.map(noticeForFile),
    savedViews: workspace.savedViews,
    notes: workspace.notes,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

type Refusal = Extract<WorkspaceFileReading, { ok: false }>;

const refuse = (reason: string, problem: WorkspaceFileProblem): Refusal => ({ ok: false, reason, problem });

function readJson(input: string | Uint8Array): { json: unknown } | Refusal {
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return refuse('The file is not UTF-8 text, so it is not a workspace file.', { code: 'not-text' });
  }
  try {
    return { json: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(`The file is not valid JSON (damaged or cut short): ${detail}`, { code: 'not-json' });
  }
}

/** Format and version, checked before anything else so a foreign file gets a reason about that. */
function headerProblem(json: unknown): Refusal | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return refuse('The file holds no JSON object, so it is not a Fengong Atlas workspace file.', {
      code: 'foreign',
    });
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== WORKSPACE_FORMAT)
    return refuse(
      `Not a Fengong Atlas workspace file: format is ${JSON.stringify(format) ?? 'missing'}, expected "${WORKSPACE_FORMAT}".`,
      { code: 'foreign' },
    );
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse(`The workspace file has no valid version (${JSON.stringify(version) ?? 'missing'}).`, {
      code: 'no-version',
    });
  if (version > WORKSPACE_VERSION)
    return refuse(
      `The workspace file is version ${version}, written by a newer Fengong Atlas; this one reads version ${WORKSPACE_VERSION}.`,
      { code: 'newer', version, reads: WORKSPACE_VERSION },
    );
  return null;
}

const damaged = (detail: string, problems = 1) =>
  refuse(`The workspace file is damaged: ${detail}.`, { code: 'damaged', problems });

export function readWorkspaceFile(input: string | Uint8Array): WorkspaceFileReading {
  const read = readJson(input);
  if ('ok' in read) return read;
  const json = read.json;
  const header = headerProblem(json);
  if (header !== null) return header;
  const parsed = workspaceFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const more =
      issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    return damaged(`${describeIssue(issues[0] as (typeof issues)[number])}${more}`, issues.length);
  }
  const { exportedAt, notices, savedViews, notes } = parsed.data;
  return checkReferences({ notices, savedViews, notes }, exportedAt);
}

function duplicate(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

/** Records point at each other by id: ids must be unique and notes must point at notices in the file. */
function checkReferences(workspace: WorkspaceData, exportedAt: string): WorkspaceFileReading {
  for (const [field, ids] of [
    ['notices', workspace.notices.map((n) => n.id)],
    ['savedViews', workspace.savedViews.map((v) => v.id)],
    ['notes', workspace.notes.map((n) => n.id)],
  ] as const) {
    const twice = duplicate(ids);
    if (twice !== null) return damaged(`${field}: the id "${twice}" is used twice`);
  }
  const noticeIds = new Set<string>(workspace.notices.map((n) => n.id));
  const orphan = workspace.notes.findIndex(
    (n) => n.target.kind !== 'agency' && !noticeIds.has(n.target.noticeId),
  );
  if (orphan >= 0) {
    const target = workspace.notes[orphan]?.target as { noticeId: string };
    return damaged(`notes[${orphan}].target.noticeId: no notice "${target.noticeId}" in the file`);
  }
  const repaired: Mended[] = [];
  // A view keeps its scope after a notice is deleted; dropping the missing ids is what the app would show.
  const savedViews = workspace.savedViews.map((view) => {
    if (view.scope.kind === 'all') return view;
    const ids = view.scope.ids.filter((id) => noticeIds.has(id));
    if (ids.length === view.scope.ids.length) return view;
    repaired.push({ savedView: view.name, leftOut: view.scope.ids.length - ids.length });
    return { ...view, scope: { kind: 'notices' as const, ids } };
  });
  return { ok: true, workspace: { ...workspace, savedViews }, exportedAt, repaired };
}
