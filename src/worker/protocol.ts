// Messages between the page and the parse worker.
import type { NoticeModel } from '../notice/model.ts';

export interface ParseRequest {
  readonly id: number;
  readonly input: Uint8Array | string;
  readonly fileName?: string;
}

export type ParseResponse =
  | { readonly id: number; readonly ok: true; readonly model: NoticeModel }
  | { readonly id: number; readonly ok: false; readonly error: string };
