// The row orders both matrices offer, in plain words.
import type { RowOrder } from '../../graph/matrix.ts';
import type { SegmentedOption } from './Segmented.tsx';

export const ORDER_OPTIONS: readonly SegmentedOption<RowOrder>[] = [
  { value: 'load', label: 'Load', hint: 'Heaviest load first' },
  { value: 'name', label: 'Name', hint: 'By name, in pinyin order' },
  {
    value: 'cluster',
    label: 'Similar work',
    hint: 'Agencies with similar tasks next to each other (average-linkage clustering)',
  },
  {
    value: 'bloc',
    label: 'Bloc',
    hint: 'Grouped by coordination bloc (Louvain communities of the agencies that share items), heaviest first',
  },
];
