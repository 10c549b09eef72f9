// The measures table's words: its bar, column heads (short, with a hint each), blocs and help.
type Column = { readonly label: string; readonly hint: string };

const zh = {
  title: '指标',
  subtitle: '每个机构的全部数字，列为一张表',
  filter: '筛选机构',
  filterLabel: '按名称筛选机构',
  overloadedOnly: '仅超负荷',
  agency: '机构',
  bloc: '集团',
  columns: {
    led: { label: '牵头', hint: '牵头的事项' },
    cooperated: { label: '配合', hint: '配合的事项' },
    responsible: { label: '负责', hint: '未指明牵头时共同负责的事项' },
    items: { label: '条目', hint: '被点名的不同事项' },
    tasks: { label: '任务', hint: '不同的任务' },
    sections: { label: '部分', hint: '不同的部分' },
    partners: { label: '伙伴', hint: '与之共同承担事项的机构' },
    strength: { label: '加权度', hint: '与各伙伴共同承担的事项数之和' },
    betweenness: { label: '中介', hint: '其他机构之间的最短路径中经过它的比例（0–1）' },
    load: { label: '负荷', hint: '牵头 × 3 + 配合 × 1 + 负责 × 2' },
  } as Record<string, Column>,
  noMatch: '没有符合条件的机构。',
  overloaded: '超负荷',
  overloadedHint: '超负荷：比工作量中位数高出至少 5 个 MAD',
  open: (column: string) => `查看这个数字背后的${column}`,
  detail: (name: string, n: number, column: string) => `${name} — ${column} ${n}`,
  blocs: '协同集团',
  allBlocs: '全部集团',
  worksIn: (where: string) => `工作于：${where}`,
  blocNote: (name: string, others: number, items: number, where: string) =>
    `${name}等 ${others + 1} 个机构共同承担 ${items} 个事项，主要在${where}。`,
  intro:
    '点击列名排序，点击数字查看其背后的事项，点击名称在此查看该机构的伙伴和事项。集团是协同网络的社区（Louvain），以其中工作量最大的机构命名。',
};

export type MeasuresMessages = typeof zh;

const en: MeasuresMessages = {
  title: 'Measures',
  subtitle: 'every figure per agency, as a table',
  filter: 'Filter agencies',
  filterLabel: 'Filter agencies by name',
  overloadedOnly: 'Overloaded only',
  agency: 'Agency',
  bloc: 'Bloc',
  columns: {
    led: { label: 'Led', hint: 'Items it leads' },
    cooperated: { label: 'Coop.', hint: 'Items it cooperates in' },
    responsible: { label: 'Resp.', hint: 'Items shared with no lead named' },
    items: { label: 'Items', hint: 'Distinct items it is named in' },
    tasks: { label: 'Tasks', hint: 'Distinct tasks' },
    sections: { label: 'Sect.', hint: 'Distinct sections' },
    partners: { label: 'Partners', hint: 'Agencies it shares an item with' },
    strength: { label: 'W. degree', hint: 'Items shared, summed over its partners' },
    betweenness: {
      label: 'Between.',
      hint: 'Share of shortest paths between other agencies that pass through it (0–1)',
    },
    load: { label: 'Load', hint: 'Led × 3 + cooperated × 1 + responsible × 2' },
  },
  noMatch: 'No agency matches.',
  overloaded: 'overloaded',
  overloadedHint: 'Overloaded: at least 5 MADs above the median load',
  open: (column) => `Open the ${column.toLowerCase()} behind this number`,
  detail: (name, n, column) => `${name} — ${n} ${column.toLowerCase()}`,
  blocs: 'Coordination blocs',
  allBlocs: 'All blocs',
  worksIn: (where) => `Works in: ${where}`,
  blocNote: (name, others, items, where) =>
    `${name} and ${others} others share ${items} items, most in ${where}.`,
  intro:
    "Click a column to sort by it, a number to open the items behind it, a name to see the agency's partners and items here. Blocs are the communities of the coordination network (Louvain), each named by its heaviest agency.",
};

export const measuresMessages = { zh, en };
