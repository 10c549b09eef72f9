// The typed model of a task-division notice: what the parser produces and every other part reads.
// Offsets (start/end) are UTF-16 indices into `NoticeModel.text`, the decoded original text.
import type { Diagnostic } from './diagnostics.ts';

export type { Diagnostic, DiagnosticCode, DiagnosticLevel } from './diagnostics.ts';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type SectionId = Brand<string, 'SectionId'>;
export type TaskId = Brand<string, 'TaskId'>;
export type ItemId = Brand<string, 'AssignmentId'>;
export type AgencyId = Brand<string, 'AgencyId'>;
export type ProjectId = Brand<string, 'ProjectId'>;

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface NoticeInfo {
  readonly title: string;
  readonly issuer: string | null;
  /** ISO date `YYYY-MM-DD`. */
  readonly published: string | null;
  /** The encoding the bytes were decoded with, e.g. `utf-8`, `gb18030`, `utf-16le`. */
  readonly encoding: string;
  /** What made the text the parser read: `text`, `html`, or a file reader (`pdf: 32 pages`). */
  readonly reader: string;
  /** Allocations that hold for every item and so are written once (`以下均需各县政府落实，不再列出`),
   *  as the notice states them, in order. */
  readonly standing: readonly string[];
}

export interface Section extends Span {
  readonly id: SectionId;
  /** The number as written: 一 → 1. */
  readonly ordinal: number;
  readonly title: string;
}

export interface Task extends Span {
  readonly id: TaskId;
  /** The number as written: （十三） → 13, `7.` → 7. */
  readonly ordinal: number;
  readonly sectionId: SectionId | null;
  readonly title: string;
}

export type Role = 'lead' | 'cooperate' | 'responsible';

/** One agency named in a marker, with where its name stands in the text. */
export interface Mention extends Span {
  readonly agencyId: AgencyId;
  readonly role: Role;
}

/** An item: a paragraph governed by a responsibility marker. `text.slice(start, end)` is the paragraph. */
export interface Item extends Span {
  readonly id: ItemId;
  readonly taskId: TaskId | null;
  readonly sectionId: SectionId | null;
  /** The item's short title when it has one, e.g. `拓展国际金融业务`. */
  readonly title: string | null;
  /** The item's numbering below its task as written, e.g. `1.` or `1.（2）`; null when it has none. */
  readonly number: string | null;
  readonly leads: readonly AgencyId[];
  readonly cooperators: readonly AgencyId[];
  /** Agencies named without a lead/cooperate distinction. */
  readonly responsible: readonly AgencyId[];
  readonly deadline: string | null;
  /** Conditions the marker states, e.g. `按照各自征管范围分别牵头`. */
  readonly note: string | null;
  /** The marker itself, brackets or label lines included. */
  readonly marker: Span;
  readonly mentions: readonly Mention[];
}

export type AgencyKind = 'regional' | 'central' | 'enterprise' | 'generic';

export interface Agency {
  readonly id: AgencyId;
  /** Full name after region-prefix carry-over, e.g. `自治区交通运输厅`. */
  readonly name: string;
  /** Other spellings of the same agency found in the text. */
  readonly aliases: readonly string[];
  /** A collective actor such as `各地` or `各有关部门`, not one agency. */
  readonly generic: boolean;
  readonly kind: AgencyKind;
}

export type ProjectKind =
  | 'rail'
  | 'road'
  | 'border-port'
  | 'seaport'
  | 'inland-port'
  | 'airport'
  | 'logistics'
  | 'industrial-park'
  | 'zone'
  | 'industry'
  | 'data-centre'
  | 'ecology'
  | 'other';

export interface Project {
  readonly id: ProjectId;
  readonly name: string;
  readonly kind: ProjectKind;
  readonly taskIds: readonly TaskId[];
  readonly itemIds: readonly ItemId[];
  readonly places: readonly string[];
}

export interface NoticeModel {
  readonly notice: NoticeInfo;
  readonly text: string;
  readonly sections: readonly Section[];
  readonly tasks: readonly Task[];
  readonly items: readonly Item[];
  readonly agencies: readonly Agency[];
  readonly projects: readonly Project[];
  readonly diagnostics: readonly Diagnostic[];
}
