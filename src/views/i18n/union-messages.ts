// The words of several notices shown together: one agency across notices (proposals, provenance), the
// notices' tags, and the table of the workspace's notices.
const zh = {
  sameAgencyTitle: '几份通知中的同一机构？',
  sameAgencyHint:
    '按照机构名称的规则，这些名称可能是同一机构。确认后合并（一条可撤销的更正），否认后不再提出。',
  proposalsWaiting: (n: number) => `${n} 组名称可能是同一机构`,
  review: '查看',
  rules: {
    form: '同一机构的全称、简称或旧称',
    region: '一个写明地区，另一个沿用通知的地区',
  } as Record<string, string>,
  itemCount: (items: number) => `${items} 个事项`,
  confirm: '是同一机构',
  reject: '不是',
  keeps: (name: string) => `保留“${name}”`,
  writtenIn: '各通知中的写法',
  spelling: (items: number) => `（${items} 个事项）`,
  alsoIn: (names: string) => `又写作 ${names}`,
  qualifiedNote: '未写地区的名称已按其通知的发文地区补全。',
  noticesInView: '显示的通知',
  // The network's colour by notice.
  namedInSeveral: '多份通知都提到',
  noticesLegend: '通知',
  // The table of notices.
  tableTitle: '通知一览',
  openTable: '通知一览…',
  close: '关闭',
  columns: {
    title: '标题',
    issuer: '发文机关',
    date: '日期',
    items: '事项',
    agencies: '机构',
    heaviest: '负荷最重的机构',
    share: '负荷占比',
    diagnostics: '提示',
  } as Record<string, string>,
  sortBy: (column: string) => `按${column}排序`,
  pick: (name: string) => `选择 ${name}`,
  compareTwo: '比较',
  showTogether: '一起显示',
  picked: (n: number) => `已选 ${n} 份`,
  reading: (done: number, total: number) => `正在读取通知（${done}/${total}）…`,
  none: '—',
  pickHint: '选择两份通知以比较，或选择几份一起显示。',
};

export type UnionMessages = typeof zh;

const en: UnionMessages = {
  sameAgencyTitle: 'Same agency in several notices?',
  sameAgencyHint:
    'By the rules for agency names these may be one agency. Confirm to merge them (a correction you can undo); reject and they are not proposed again.',
  proposalsWaiting: (n: number) =>
    n === 1 ? '1 set of names may be one agency' : `${n} sets of names may be one agency`,
  review: 'Review',
  rules: {
    form: 'full, short or old names of one body',
    region: 'one gives the region, the other leaves it to its notice',
  },
  itemCount: (items: number) => `${items} ${items === 1 ? 'item' : 'items'}`,
  confirm: 'Same agency',
  reject: 'Different',
  keeps: (name: string) => `keeps "${name}"`,
  writtenIn: 'Written in the notices',
  spelling: (items: number) => ` (${items} ${items === 1 ? 'item' : 'items'})`,
  alsoIn: (names: string) => `also ${names}`,
  qualifiedNote: "Names without a region take their notice's issuer region.",
  noticesInView: 'Notices in view',
  namedInSeveral: 'Named in several notices',
  noticesLegend: 'Notices',
  tableTitle: 'All notices',
  openTable: 'All notices…',
  close: 'Close',
  columns: {
    title: 'Title',
    issuer: 'Issuer',
    date: 'Date',
    items: 'Items',
    agencies: 'Agencies',
    heaviest: 'Heaviest agency',
    share: 'Share of load',
    diagnostics: 'Checks',
  },
  sortBy: (column: string) => `Sort by ${column.toLowerCase()}`,
  pick: (name: string) => `Pick ${name}`,
  compareTwo: 'Compare',
  showTogether: 'Show together',
  picked: (n: number) => `${n} picked`,
  reading: (done: number, total: number) => `Reading the notices (${done}/${total})…`,
  none: '—',
  pickHint: 'Pick two notices to compare them, or several to show them together.',
};

export const unionMessages = { zh, en };
