// The stylesheet of the agency–task network and the ego view: sections as boxes holding their tasks,
// agencies as discs, lead and cooperate edges as graphLook draws them (curved apart when an agency
// both leads and cooperates on one task).
import { EDGE_RULES, NODE_RULES, STATE_RULES, type StyleRule } from './stylesheet-base.ts';

export const NETWORK_STYLESHEET: readonly StyleRule[] = [...NODE_RULES, ...EDGE_RULES, ...STATE_RULES];
