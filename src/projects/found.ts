// A project named at one place in an item's text, before mentions across items are merged.
import type { ProjectKind } from '../notice/model.ts';

export interface FoundName {
  readonly name: string;
  readonly kind: ProjectKind;
  readonly places: readonly string[];
  /** Span in the item's readable text: orders mentions and lets a longer name hide one inside it. */
  readonly start: number;
  readonly end: number;
  /** Named by the list it stands in (`…套娃广场等精品景区`), not by a proper part of its own. */
  readonly vouched?: true;
}

/** The genre's names are short; a longer run is a sentence the rules misread. */
export const MAX_NAME_LENGTH = 30;
