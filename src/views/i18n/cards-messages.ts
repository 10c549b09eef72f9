// The hover cards of the matrices and the ranking: an agency's figures, a cell's, a pair's.
const zh = {
  rowFigures: (load: number, led: number, joined: number, total: number, unit: string) =>
    `工作量 ${load} · 牵头 ${led} · 参与 ${joined} · ${total} 个${unit}`,
  units: { task: '任务', item: '事项', section: '部分' } as Record<string, string>,
  generic: ' · 泛指主体，并非单一机构',
  cellFigures: (led: number, joined: number) => `牵头 ${led} · 参与 ${joined}`,
  agencyFigures: (items: number, partners: number, load: number) =>
    `出现在 ${items} 个事项中 · ${partners} 个伙伴 · 工作量 ${load}`,
  together: (n: number) => `共同出现在 ${n} 个事项中`,
  loadSum: (load: number, sum: string) => `工作量 ${load} = ${sum}`,
  spread: (tasks: number, sections: number, partners: number, share: string, betweenness: string) =>
    `${tasks} 项任务 · ${sections} 个部分 · ${partners} 个伙伴 · 占全部事项的 ${share}% · 中介度 ${betweenness}`,
  genericActor: '泛指主体：并非单一机构，从不标记。',
  aboveMedian: (score: string, unit: string, flagged: boolean) =>
    `（比中位数高 ${score} 个 ${unit}）${flagged ? ' — 已标记' : ''}`,
  /** An item by its number in the notices in view: `第16项`. */
  itemNumber: (n: number) => `第${n}项`,
};

export type CardsMessages = typeof zh;

const en: CardsMessages = {
  rowFigures: (load, led, joined, total, unit) =>
    `load ${load} · ${led} led · ${joined} joined · ${total} ${unit}s`,
  units: { task: 'task', item: 'item', section: 'section' },
  generic: ' · a generic actor, not one agency',
  cellFigures: (led, joined) => `${led} led · ${joined} joined`,
  agencyFigures: (items, partners, load) =>
    `named in ${items} items · with ${partners} partners · load ${load}`,
  together: (n) => `named together in ${n} ${n === 1 ? 'item' : 'items'}`,
  loadSum: (load, sum) => `load ${load} = ${sum}`,
  spread: (tasks, sections, partners, share, betweenness) =>
    `${tasks} tasks · ${sections} sections · ${partners} partners · ${share}% of all items · betweenness ${betweenness}`,
  genericActor: 'A generic actor: not one agency, never flagged.',
  aboveMedian: (score, unit, flagged) => `(${score} ${unit} above the median)${flagged ? ' — flagged' : ''}`,
  itemNumber: (n) => `Item ${n}`,
};

export const cardsMessages = { zh, en };
