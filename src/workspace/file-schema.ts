// The workspace file's schema, field by field (zod). What it accepts is exactly what the app can use:
// ids of the right shape, ISO dates, corrections of known types with well-formed item references,
// notices with their original text or bytes. Its output types are the workspace records themselves.
import { z } from 'zod';
import { CORRECTION_TYPES, type CorrectionOp, type ItemRef } from '../corrections/ops.ts';
import type { AgencyId, ItemId, TaskId } from '../notice/model.ts';
import { BASE64_PATTERN, decodeBase64 } from './base64.ts';
import { isNoticeId, type NoticeId } from './notice-id.ts';
import type { Note, NoticeSource, SavedView, ViewState, WorkspaceNotice } from './records.ts';
import type { NoticeScope } from './scope.ts';

const text = z.string();
const name = z.string().trim().min(1, { error: 'must not be empty' });
export const timestamp = z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date and time' });
const noticeId = z.string().refine(isNoticeId, { error: 'expected a notice id (letters, digits, _ or -)' });
const asNotice = noticeId.transform((s) => s as NoticeId);
const agencyId = z
  .string()
  .regex(/^ag:./, { error: 'expected an agency id (ag:…)' })
  .transform((s) => s as AgencyId);
const itemRef: z.ZodType<ItemRef> = z.object({
  assignmentId: z
    .string()
    .regex(/^item-x?\d+$/, { error: 'expected an item id (item-N, or item-xN for an added item)' })
    .transform((s) => s as ItemId),
  textHash: z.string().regex(/^[0-9a-f]{8}$/, { error: 'expected an 8-digit hex text hash' }),
});

export const correctionOpSchema: z.ZodType<CorrectionOp> = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('renameAgency'), agencyId, name }),
    z.object({ type: z.literal('mergeAgencies'), into: agencyId, from: z.array(agencyId).min(1) }),
    z.object({ type: z.literal('splitAgency'), agencyId, name, items: z.array(itemRef).min(1) }),
    z.object({
      type: z.literal('setItemRoles'),
      item: itemRef,
      leads: z.array(name),
      cooperators: z.array(name),
      responsible: z.array(name),
    }),
    z.object({ type: z.literal('markGeneric'), agencyId, generic: z.boolean() }),
    z.object({ type: z.literal('keepApart'), names: z.array(name).min(2) }),
    z.object({
      type: z.literal('addItem'),
      marker: z.object({
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        text: z.string().min(1).max(2000),
      }),
      leads: z.array(name),
      cooperators: z.array(name),
      responsible: z.array(name),
    }),
  ],
  { error: `unknown correction type (known: ${CORRECTION_TYPES.join(', ')})` },
);

const source: z.ZodType<NoticeSource> = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('text'), text: z.string() }),
      z.object({
        kind: z.literal('bytes'),
        base64: z.string().regex(BASE64_PATTERN, { error: 'expected base64' }),
      }),
    ],
    { error: 'expected the notice text ({kind: "text", text}) or bytes ({kind: "bytes", base64})' },
  )
  .transform((s) =>
    s.kind === 'text' ? s : { kind: 'bytes' as const, bytes: decodeBase64(s.base64) as Uint8Array },
  );

/** The fields of a notice record other than its source, which files and the store keep differently. */
export const noticeFields = {
  id: asNotice,
  name,
  fileName: z.string().nullable(),
  format: z.enum(['text', 'html', 'mhtml', 'docx', 'doc', 'rtf', 'pdf', 'ofd', 'sheet', 'paste']),
  encoding: z.string().nullable(),
  reader: z.string().optional(),
  addedAt: timestamp,
  updatedAt: timestamp,
};

export const noticeSchema: z.ZodType<WorkspaceNotice> = z.object({
  ...noticeFields,
  source,
  corrections: z.array(correctionOpSchema),
});

const point = z.object({ x: z.number(), y: z.number() });
const scope: z.ZodType<NoticeScope> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('notices'), ids: z.array(asNotice) }),
]);
const filterValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);

const viewStateShape = {
  viewType: name,
  scope,
  filters: z.record(z.string(), filterValue),
  selection: z.array(z.string()),
  positions: z.record(z.string(), point),
  zoom: z.number().positive(),
  pan: point,
};

export const viewStateSchema: z.ZodType<ViewState> = z.object(viewStateShape);

export const savedViewSchema: z.ZodType<SavedView> = z.object({
  id: name,
  name,
  ...viewStateShape,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const noteTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agency'), agencyId }),
  z.object({
    kind: z.literal('task'),
    noticeId: asNotice,
    taskId: z
      .string()
      .regex(/^task-\d+$/, { error: 'expected a task id (task-N)' })
      .transform((s) => s as TaskId),
  }),
  z.object({ kind: z.literal('item'), noticeId: asNotice, item: itemRef }),
]);

export const noteSchema: z.ZodType<Note> = z.object({
  id: name,
  target: noteTarget,
  text,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const WORKSPACE_FORMAT = 'fengong-atlas/workspace';
export const WORKSPACE_VERSION = 1;

/** The body of a version-1 file, after its header was checked. Views and notes may be absent (a file
 *  written by hand or by a tool that has none); notices may not. */
export const workspaceFileSchema = z.object({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  exportedAt: timestamp,
  notices: z.array(noticeSchema),
  savedViews: z.array(savedViewSchema).default([]),
  notes: z.array(noteSchema).default([]),
});
