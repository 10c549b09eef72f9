// The projects view's words: its bar, table, kind filter, corridor map and help.
const zh = {
  title: '项目',
  subtitle: (n: number) => `通知中提到的 ${n} 个项目`,
  show: '显示',
  table: '表格',
  map: '走廊地图',
  mapHint: '项目提到的地点及其线路',
  none: '这份通知没有提到具体的项目：没有规则能识别的线路、口岸、园区或产业。',
  mapPart: '走廊地图',
  loadingMap: '正在加载地图…',
  intro: '点击一个项目，查看提到它的原文句子及负责机构；点击句子可在原文中打开。',
  heads: { kind: '类型', project: '项目', task: '任务', lead: '牵头', cooperating: '配合' },
  filterByKind: '按类型筛选',
  all: '全部',
  placeProjects: (name: string, en: string, n: number) => `${name}（${en}）· ${n} 个项目`,
  /** The corridor map's inset: the neighbourhood of a town enlarged. */
  insetTitle: (name: string, _en: string) => `${name}周边`,
  mapLabel: '项目地点及线路的走廊地图',
  unplaced: '不在地图上的地点',
  gazetteer: '坐标来自随附的小型地名表；未收录或位置不确定的地点只列出，不作推测。',
  mapLegend: '地图图例',
  via: '经未定位地点',
};

export type ProjectsMessages = typeof zh;

const en: ProjectsMessages = {
  title: 'Projects',
  subtitle: (n) => `${n} named in the notice`,
  show: 'Show',
  table: 'Table',
  map: 'Corridor map',
  mapHint: 'The places the projects name, with their lines',
  none: 'The notice names no project: no line, port, park or industry the rules recognise.',
  mapPart: 'The corridor map',
  loadingMap: 'Loading the map…',
  intro:
    'Click a project to see the sentences that name it and the agencies that answer for it; click a sentence to open it in the source text.',
  heads: { kind: 'Kind', project: 'Project', task: 'Task', lead: 'Lead', cooperating: 'Cooperating' },
  filterByKind: 'Filter by kind',
  all: 'All',
  placeProjects: (name, en, n) => `${name} (${en}) · ${n} project${n === 1 ? '' : 's'}`,
  insetTitle: (_name, en) => `Around ${en}`,
  mapLabel: "Corridor map of the projects' places and lines",
  unplaced: 'Places not on the map',
  gazetteer:
    'Coordinates come from the small gazetteer shipped with the app; places it does not know are listed, not guessed.',
  mapLegend: 'Map legend',
  via: 'via places not on the map',
};

export const projectsMessages = { zh, en };
