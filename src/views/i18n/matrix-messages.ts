// The matrices' and the load ranking's words: their bars, hints and controls.
const zh = {
  orders: { load: '工作量', name: '名称', cluster: '相似分工', bloc: '协同集团' },
  orderHints: {
    load: '工作量最大的在前',
    name: '按名称拼音排序',
    cluster: '任务相近的机构相邻（平均连接聚类）',
    bloc: '按协同集团分组（共同承担事项的机构的 Louvain 社区），工作量大的在前',
  },
  columns: '列',
  columnModes: { task: '任务', item: '事项', section: '部分' },
  sectionColumnsHint: '每个部分一列，显示牵头和参与的事项数',
  rowsBy: '行排序',
  orderBy: '排序',
  matrixTitle: '机构 × 任务',
  matrixSubtitle: '谁在哪里牵头、谁配合',
  matrixHint: (mode: string) =>
    `每行一个机构，每列一个${mode}（归入所属部分）：实心为该机构牵头，空心为配合。右侧合计为其${mode}数、牵头事项数和参与事项数。悬停单元格可看原文句子；点击一行可在所有视图中选中该机构。按某个机构排序时，它的${mode}在前（先牵头后参与），与它共同承担最多的机构在前。`,
  matrixLabel: (mode: string) => `机构 × ${mode}矩阵`,
  coTitle: '机构 × 机构',
  coSubtitle: '谁与谁一同被点名，频率如何',
  coHint:
    '每个单元格统计两个机构都被点名的事项数；标记随数量变大，其形状表示行机构的角色：实心方块表示其中有它牵头的事项，圆环表示它只是配合。行与列顺序相同；按某个机构排序时，与它最紧密的伙伴在前。悬停单元格可看共同事项；点击行或列可在所有视图中选中该机构。',
  coLabel: '机构 × 机构共同分工矩阵',
  grouping: '正在按相似分工给机构分组…',
  sortByAgency: '按机构排序',
  sortHint: '按该机构所在行排序行和列：共同事项最多的在前',
  sortNone: '— 无 —',
  sortBy: (name: string) => `按 ${name}`,
  stopSort: '停止按机构排序',
  rankingTitle: '工作量排名',
  rankingSubtitle: '哪些机构负担过重',
  loadPerItem: '每个事项的工作量',
  weightRoles: { lead: '牵头', cooperate: '配合', responsible: '负责' },
  flagAt: '超负荷标记线',
  madsAbove: '高于中位数的 MAD 倍数',
  defaults: '默认值（3 · 1 · 2，5 倍 MAD）',
  explainer: (lead: string, cooperate: string, responsible: string, threshold: string) =>
    `工作量把一个机构被点名的每个事项相加：牵头（组织工作并负总责）计 ${lead}，配合计 ${cooperate}，未指明牵头时的共同负责计 ${responsible}。默认值为 3、1 和 2。当一个机构的工作量比被点名机构的工作量中位数高出至少 ${threshold} 个 MAD 时，即被标记为超负荷。MAD 是与中位数距离的中位数，少数工作量很大的机构无法把它拉高；默认的 5 接近通常的离群值规则（修正 z 分数 3.5）。泛指主体（各地）会显示，但从不标记。`,
  here: (threshold: string) => `此处：${threshold}。`,
  madZero: '此处 MAD 为 0（超过一半的机构工作量相同），因此用平均偏差代替。',
  noneFlagged: '没有机构被标记。',
  flagged: (n: number, names: string) => `${n} 个被标记：${names}。`,
  byLoad: '按工作量排列的机构',
  andMore: (n: number) => `… 另有 ${n} 项`,
  cardParts: (
    led: number,
    lead: string,
    coop: number,
    cooperate: string,
    resp: number,
    responsible: string,
  ) => [
    `牵头 ${led} × ${lead}`,
    `配合 ${coop} × ${cooperate}`,
    ...(resp > 0 ? [`负责 ${resp} × ${responsible}`] : []),
  ],
};

export type MatrixMessages = typeof zh;

const en: MatrixMessages = {
  orders: { load: 'Load', name: 'Name', cluster: 'Similar work', bloc: 'Bloc' },
  orderHints: {
    load: 'Heaviest load first',
    name: 'By name, in pinyin order',
    cluster: 'Agencies with similar tasks next to each other (average-linkage clustering)',
    bloc: 'Grouped by coordination bloc (Louvain communities of the agencies that share items), heaviest first',
  },
  columns: 'Columns',
  columnModes: { task: 'Tasks', item: 'Items', section: 'Sections' },
  sectionColumnsHint: 'One column per section, with the number of items led and joined',
  rowsBy: 'Rows by',
  orderBy: 'Order by',
  matrixTitle: 'Agency × task',
  matrixSubtitle: 'who leads and who cooperates where',
  matrixHint: (mode) =>
    `Each row is an agency, each column a ${mode} under its section: a filled mark where the agency leads, a hollow one where it cooperates. Totals at the right count its ${mode}s, items led and items joined. Hover a cell for the sentences; click a row to select the agency everywhere. Sorted by an agency, its ${mode}s come first, those it leads before those it joins, and the agencies that share most with it come first.`,
  matrixLabel: (mode) => `Agency × ${mode} matrix`,
  coTitle: 'Agency × agency',
  coSubtitle: 'who is named with whom, and how often',
  coHint:
    "Each cell counts the items two agencies are both named in; the mark grows with the count, and its shape is the row agency's side: a filled square where it leads some of them, a ring where it only cooperates. The same order runs down and across; sorted by an agency, its closest partners come first. Hover a cell for the shared items; click a row or column to select the agency everywhere.",
  coLabel: 'Agency × agency co-assignment matrix',
  grouping: 'Grouping agencies by similar work…',
  sortByAgency: 'Sort by agency',
  sortHint: "Order rows and columns by this agency's row: most shared items first",
  sortNone: '— none —',
  sortBy: (name) => `by ${name}`,
  stopSort: 'Stop sorting by agency',
  rankingTitle: 'Load ranking',
  rankingSubtitle: 'which agencies carry too much',
  loadPerItem: 'Load per item',
  weightRoles: { lead: 'led', cooperate: 'cooperated', responsible: 'responsible' },
  flagAt: 'Flag overload at',
  madsAbove: 'MADs above the median',
  defaults: 'Defaults (3 · 1 · 2, 5 MADs)',
  explainer: (lead, cooperate, responsible, threshold) =>
    `Load adds up every item an agency is named in: ${lead} for leading it (it organises the work and answers for it), ${cooperate} for cooperating, ${responsible} for shared responsibility where no lead is named. The defaults are 3, 1 and 2. An agency is flagged when its load is at least ${threshold} MADs above the median load of the named agencies — the MAD is the median distance from the median, a spread that a few very heavy agencies cannot inflate; the default of 5 is close to the usual outlier rule (a modified z-score of 3.5). Generic actors are shown but never flagged.`,
  here: (threshold) => `Here: ${threshold}.`,
  madZero:
    'The MAD is 0 here (more than half the agencies carry the same load), so the mean deviation stands in for it.',
  noneFlagged: 'No agency is flagged.',
  flagged: (n, names) => `${n} flagged: ${names}.`,
  byLoad: 'Agencies by load',
  andMore: (n) => `… and ${n} more`,
  cardParts: (led, lead, coop, cooperate, resp, responsible) => [
    `${led} led × ${lead}`,
    `${coop} cooperated × ${cooperate}`,
    ...(resp > 0 ? [`${resp} responsible × ${responsible}`] : []),
  ],
};

export const matrixMessages = { zh, en };
