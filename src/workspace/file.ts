// The workspace file: everything a user made — notices with their original text or bytes, corrections,
// saved views, notes — in one JSON file with a format name and a version. Reading it never trusts it
// (Excalidraw's restore.ts): header first, then every field, then the references between records; a
// damaged or foreign file is refused with the field and the fault, and nothing is returned to apply.
// Pure: the caller writes the result to the store only when `ok` is true.
import { encodeBase64 } from './base64.ts';
import { describeIssue } from './file-issues.ts';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, workspaceFileSchema } from './file-schema.ts';
import type { WorkspaceData, WorkspaceNotice } from './records.ts';

export type WorkspaceFileReading =
  | {
      readonly ok: true;
      readonly workspace: WorkspaceData;
      readonly exportedAt: string;
      /** What was mended on the way in (a saved view scoped to a notice the file lacks). */
      readonly repaired: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

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

const refuse = (reason: string): WorkspaceFileReading => ({ ok: false, reason });

function readJson(input: string | Uint8Array): { json: unknown } | { problem: string } {
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return { problem: 'The file is not UTF-8 text, so it is not a workspace file.' };
  }
  try {
    return { json: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problem: `The file is not valid JSON (damaged or cut short): ${detail}` };
  }
}

/** Format and version, checked before anything else so a foreign file gets a reason about that. */
function headerProblem(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return 'The file holds no JSON object, so it is not a Fengong Atlas workspace file.';
  const { format, version } = json as { format?: unknown; version?: unknown };
  if (format !== WORKSPACE_FORMAT)
    return `Not a Fengong Atlas workspace file: format is ${JSON.stringify(format) ?? 'missing'}, expected "${WORKSPACE_FORMAT}".`;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return `The workspace file has no valid version (${JSON.stringify(version) ?? 'missing'}).`;
  if (version > WORKSPACE_VERSION)
    return `The workspace file is version ${version}, written by a newer Fengong Atlas; this one reads version ${WORKSPACE_VERSION}.`;
  return null;
}

export function readWorkspaceFile(input: string | Uint8Array): WorkspaceFileReading {
  const read = readJson(input);
  if ('problem' in read) return refuse(read.problem);
  const json = read.json;
  const header = headerProblem(json);
  if (header !== null) return refuse(header);
  const parsed = workspaceFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const more =
      issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    return refuse(
      `The workspace file is damaged: ${describeIssue(issues[0] as (typeof issues)[number])}${more}.`,
    );
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
    if (twice !== null)
      return refuse(`The workspace file is damaged: ${field}: the id "${twice}" is used twice.`);
  }
  const noticeIds = new Set<string>(workspace.notices.map((n) => n.id));
  const orphan = workspace.notes.findIndex(
    (n) => n.target.kind !== 'agency' && !noticeIds.has(n.target.noticeId),
  );
  if (orphan >= 0) {
    const target = workspace.notes[orphan]?.target as { noticeId: string };
    return refuse(
      `The workspace file is damaged: notes[${orphan}].target.noticeId: no notice "${target.noticeId}" in the file.`,
    );
  }
  const repaired: string[] = [];
  // A view keeps its scope after a notice is deleted; dropping the missing ids is what the app would show.
  const savedViews = workspace.savedViews.map((view) => {
    if (view.scope.kind === 'all') return view;
    const ids = view.scope.ids.filter((id) => noticeIds.has(id));
    if (ids.length === view.scope.ids.length) return view;
    repaired.push(
      `saved view “${view.name}”: left out ${view.scope.ids.length - ids.length} notice(s) not in the file`,
    );
    return { ...view, scope: { kind: 'notices' as const, ids } };
  });
  return { ok: true, workspace: { ...workspace, savedViews }, exportedAt, repaired };
}
