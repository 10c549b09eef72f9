// The deadlines view's words: its bar, controls, figures, the list of deadlines with no date, the hover
// card, and the network filter "due by".
type KindWords = {
  readonly 'long-term': string;
  readonly continuing: string;
  readonly yearly: string;
  readonly periodic: string;
  readonly unread: string;
};

const zh = {
  title: '时限',
  subtitle: '各机构的分工事项在时间轴上，按截止日期排列',
  order: '泳道排序',
  orders: { earliest: '最早到期', load: '事项最多' },
  orderHints: {
    earliest: '最早有事项到期的机构排在前面',
    load: '带时限事项最多的机构排在前面',
  },
  asOf: '截至日期',
  asOfLabel: '判断是否逾期的日期',
  today: '今天',
  figures: (dated: number, pastDue: number, apart: number) =>
    `${dated} 个事项有截止日期，其中 ${pastDue} 个已逾期 · ${apart} 个没有固定日期`,
  chart: '各机构分工事项的时限',
  empty: '本通知的分工未写明时限。',
  emptyHint:
    '时限写在责任分工括号内（如“2025年底前完成”）或分工表的“完成时限”一栏中。导入写有时限的通知即可在这里看到它们。',
  apartTitle: '没有固定日期的时限',
  apartHint:
    '这些时限不在时间轴上：长期或持续性的工作、按年或定期开展的工作，以及未能识别的写法（原样保留）。',
  kinds: {
    'long-term': '长期坚持',
    continuing: '持续推进',
    yearly: '每年 / 按年度',
    periodic: '定期',
    unread: '未能识别',
  } as KindWords,
  card: {
    deadline: '时限',
    due: (date: string) => `截止 ${date}`,
    span: (start: string, end: string) => `${start} 至 ${end}`,
    pastDue: '已逾期',
    since: (date: string) => `自 ${date} 起`,
    yearFrom: { published: '“年内”等按通知成文年份推算', title: '“年内”等按标题中的年份推算' },
    unreadWords: (words: string) => `未识别的字词：${words}`,
    roles: { lead: '牵头', cooperate: '配合', responsible: '负责' },
    named: (role: string, names: string) => `${role}：${names}`,
  },
  intro:
    '每个机构一条泳道：实心方块为牵头，空心圆为配合，菱形为负责；带黑圈的是在截至日期前已到期的事项。悬停查看事项原文，点击在此处打开。',
  filter: {
    dueBy: '截止不晚于',
    dueByLabel: '只显示截止日期不晚于此日的事项',
    note: '只保留写明日期、且在该日或之前到期的事项；“长期坚持”“持续推进”等没有固定日期的时限不计入。',
    clear: '清除',
  },
};

type DeadlinesMessages = typeof zh;

const en: DeadlinesMessages = {
  title: 'Deadlines',
  subtitle: "each agency's items on a time axis, by the day they fall due",
  order: 'Lanes by',
  orders: { earliest: 'Earliest due', load: 'Most items' },
  orderHints: {
    earliest: 'Agencies with the earliest deadline first',
    load: 'Agencies with the most items with a deadline first',
  },
  asOf: 'As of',
  asOfLabel: 'The day against which items are past due',
  today: 'Today',
  figures: (dated, pastDue, apart) =>
    `${dated} items with a due date, ${pastDue} past due · ${apart} with no fixed date`,
  chart: "Deadlines of each agency's items",
  empty: 'This notice states no deadlines for its items.',
  emptyHint:
    'Deadlines are written inside the responsibility marker ("2025年底前完成") or in a time-limit column of a task table. Import a notice that states them to see them here.',
  apartTitle: 'Deadlines with no fixed date',
  apartHint:
    'Not on the time axis: long-term and continuing work, work done yearly or periodically, and wordings that could not be read (kept as written).',
  kinds: {
    'long-term': 'Long-term',
    continuing: 'Continuing',
    yearly: 'Yearly',
    periodic: 'Periodic',
    unread: 'Not read',
  },
  card: {
    deadline: 'Deadline',
    due: (date) => `due ${date}`,
    span: (start, end) => `${start} to ${end}`,
    pastDue: 'past due',
    since: (date) => `from ${date}`,
    yearFrom: {
      published: 'words such as 年内 read against the year the notice was issued',
      title: "words such as 年内 read against the year in the notice's title",
    },
    unreadWords: (words) => `words not read: ${words}`,
    roles: { lead: 'Lead', cooperate: 'Cooperating', responsible: 'Responsible' },
    named: (role, names) => `${role}: ${names}`,
  },
  intro:
    "One lane per agency: a filled square where it leads, a ring where it cooperates, a diamond where it is responsible; a black ring marks an item past due on the chosen day. Hover for the item's text, click to open it here.",
  filter: {
    dueBy: 'Due by',
    dueByLabel: 'Only items due on or before this day',
    note: 'Keeps the items whose stated date falls on or before the day; deadlines with no fixed date (long-term, continuing, yearly…) are left out.',
    clear: 'Clear',
  },
};

export const deadlinesMessages = { zh, en };
