// What the side panel is about: follows the shared selection, but an item picked from the panel's own
// list (or anywhere, when it belongs to what the panel shows) keeps the panel where it was.
import { useState } from 'react';
import type { SelectionRef } from '../../view-model/url-state.ts';
import type { GraphData } from '../../graph/network.ts';
import type { NoticeModel } from '../../notice/model.ts';
import type { Selection } from '../atlas.tsx';
import { nextSubject } from './graph-selection.ts';

export function usePanelSubject(
  selection: Selection | null,
  model: NoticeModel,
  graph: GraphData,
): SelectionRef | null {
  const [subject, setSubject] = useState<SelectionRef | null>(selection);
  const [seenSeq, setSeenSeq] = useState(selection?.seq ?? -1);
  // Derived from the previous subject and the new selection, during render (React's pattern for
  // state that follows a prop), so the panel never shows a frame of the wrong subject.
  if ((selection?.seq ?? -1) !== seenSeq) {
    setSeenSeq(selection?.seq ?? -1);
    setSubject(nextSubject(subject, selection, model, graph));
  }
  return subject;
}
