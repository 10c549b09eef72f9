// What the parser could not read, for the user to see and fix: passages that look like markers but were
// not read, names not read, markers that named no agency, and names that look wrong. From the model's
// diagnostics, with the passage each is about and the item it sits in. Pure.
import type { ItemId, Diagnostic, DiagnosticCode, NoticeModel } from '../notice/model.ts';
import { namesIn } from '../notice/unread.ts';

export type PassageKind = 'marker' | 'name' | 'no-agency' | 'suspect';

export interface UnreadPassage {
  readonly kind: PassageKind;
  readonly line: number;
  readonly column: number;
  /** The passage in the model's text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The finding, in English, and its code and arguments for the interface to say it in its language. */
  readonly message: string;
  readonly code: DiagnosticCode;
  readonly args: readonly string[];
  /** The item the passage belongs to, when it is in one. */
  readonly item: ItemId | null;
  /** Agency names the passage seems to hold, to start a correction with. */
  readonly suggested: readonly string[];
}

const KIND_OF_CODE: Readonly<Record<string, PassageKind>> = {
  UNREAD_MARKER: 'marker',
  UNREAD_NAME: 'name',
  MARKER_WITHOUT_AGENCY: 'no-agency',
  SUSPECT_NAME: 'suspect',
};

/** The diagnostics that are passages to fix, listed apart from the parser's other findings. */
export const PASSAGE_CODES: ReadonlySet<string> = new Set(Object.keys(KIND_OF_CODE));

function itemAt(model: NoticeModel, d: Diagnostic): ItemId | null {
  const inside = (span: { start: number; end: number }) => d.offset >= span.start && d.offset < span.end;
  return (model.items.find((a) => inside(a.marker)) ?? model.items.find((a) => inside(a)))?.id ?? null;
}

/** A passage is settled once an item stands on it (the user made one, or a newer parse reads it). */
function settled(model: NoticeModel, passage: { start: number; end: number }): boolean {
  return model.items.some((a) => a.marker.start < passage.end && passage.start < a.marker.end);
}

export function unreadPassages(model: NoticeModel): UnreadPassage[] {
  return model.diagnostics.flatMap((d): UnreadPassage[] => {
    const kind = KIND_OF_CODE[d.code];
    if (!kind) return [];
    const end = Math.max(d.end ?? d.offset + 1, d.offset + 1);
    if (kind === 'marker' && settled(model, { start: d.offset, end })) return [];
    const text = model.text.slice(d.offset, end);
    return [
      {
        kind,
        line: d.line,
        column: d.column,
        start: d.offset,
        end,
        text,
        message: d.message,
        code: d.code,
        args: d.args ?? [],
        item: kind === 'marker' ? null : itemAt(model, d),
        suggested: namesIn(text),
      },
    ];
  });
}

export interface ReadingCounts {
  readonly items: number;
  /** Passages not read: markers, names, markers naming no agency. */
  readonly notRead: number;
  /** Names read that look wrong. */
  readonly toCheck: number;
}

export function readingCounts(model: NoticeModel, passages = unreadPassages(model)): ReadingCounts {
  return {
    items: model.items.length,
    notRead: passages.filter((p) => p.kind !== 'suspect').length,
    toCheck: passages.filter((p) => p.kind === 'suspect').length,
  };
}

/** `77 items read · 2 passages not read · 1 name to check`. */
export function readingSummary(counts: ReadingCounts): string {
  const parts = [`${counts.items} ${counts.items === 1 ? 'item' : 'items'} read`];
  if (counts.notRead > 0)
    parts.push(`${counts.notRead} ${counts.notRead === 1 ? 'passage' : 'passages'} not read`);
  if (counts.toCheck > 0) parts.push(`${counts.toCheck} ${counts.toCheck === 1 ? 'name' : 'names'} to check`);
  return parts.join(' · ');
}
