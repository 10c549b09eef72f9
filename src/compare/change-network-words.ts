// The change network's words in both languages (change-network-scene.ts draws it), apart from the
// scene: the interface's catalogue reads them on every page without loading the scene's label placing.
import type { ChangeLink, ChangeNode } from './change-network.ts';

/** The network's words, in the language of the view or the export that draws it. */
export interface ChangeNetworkWords {
  readonly kept: string;
  readonly gained: string;
  readonly lost: string;
  readonly both: string;
  readonly new: string;
  readonly gone: string;
  readonly counts: (gained: number, lost: number, kept: number) => string;
  /** A link's hover text: the pair and its shared items before and after. */
  readonly link: (link: ChangeLink) => string;
  readonly agency: (node: ChangeNode) => string;
}

export const CHANGE_NETWORK_ENGLISH: ChangeNetworkWords = {
  kept: 'link kept',
  gained: 'link gained',
  lost: 'link lost',
  both: 'agency in both',
  new: 'agency new',
  gone: 'agency gone',
  counts: (gained, lost, kept) => `${gained} links gained · ${lost} lost · ${kept} kept`,
  link: (l) =>
    `${l.names[0]} — ${l.names[1]}: ${l.itemsA} shared item${l.itemsA === 1 ? '' : 's'} in A, ${l.itemsB} in B (${l.status}).`,
  agency: (n) => `${n.name}: load ${n.loadA} in A, ${n.loadB} in B.`,
};

export const CHANGE_NETWORK_CHINESE: ChangeNetworkWords = {
  kept: '保留的联系',
  gained: '新增的联系',
  lost: '消失的联系',
  both: '两份通知均有的机构',
  new: '新增机构',
  gone: '不再出现的机构',
  counts: (gained, lost, kept) => `新增联系 ${gained} 条 · 消失 ${lost} 条 · 保留 ${kept} 条`,
  link: (l) =>
    `${l.names[0]} — ${l.names[1]}：A 中共同承担 ${l.itemsA} 个事项，B 中 ${l.itemsB} 个（${
      l.status === 'gained' ? '新增' : l.status === 'lost' ? '消失' : '保留'
    }）。`,
  agency: (n) => `${n.name}：A 中负担 ${n.loadA}，B 中负担 ${n.loadB}。`,
};
