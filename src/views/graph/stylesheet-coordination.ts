// The stylesheet of the coordination network: agencies only, linked by shared items. Links between one
// pair are single, so straight lines do (cheaper than curves), arrowed lead → partner when shown.
import { EDGE_RULES, NODE_RULES, STATE_RULES, type StyleRule } from './stylesheet-base.ts';

export const COORDINATION_STYLESHEET: readonly StyleRule[] = [
  ...NODE_RULES,
  ...EDGE_RULES,
  { selector: 'edge', style: { 'curve-style': 'straight', 'arrow-scale': 0.75 } },
  ...STATE_RULES,
];
