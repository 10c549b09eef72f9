// Which agencies and items a correction changed, for the small badge chips and entries show. A context
// of its own, apart from the atlas, so a new selection does not redraw every chip.
import { createContext, useContext } from 'react';
import { NO_MARKS, type CorrectionMarks } from '../view-model/corrected-notices.ts';

export const CorrectionMarksContext = createContext<CorrectionMarks>(NO_MARKS);

export function useCorrectionMarks(): CorrectionMarks {
  return useContext(CorrectionMarksContext);
}
