// What the user has singled out, and which panel they did it in: the other panels follow.
import type { ItemId } from '../notice/model.ts';

export type Panel = 'outline' | 'source';

/** Where a selection came from: one of this view's panels, or elsewhere (another view, the address). */
export type SelectionSource = Panel | 'elsewhere';

export interface ItemSelection {
  readonly item: ItemId;
  readonly from: SelectionSource;
  /** Increases on every selection, so picking the same item again still scrolls to it. */
  readonly seq: number;
}

export interface LineFocus {
  readonly line: number;
  readonly seq: number;
}
