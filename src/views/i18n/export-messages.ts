// The export dialog's words: the diagram, the briefing pack and the data files, and what came of each.

/** `312 KB`, `1.4 MB`: how large a file came out; KB and MB read the same in both languages, a few
 *  bytes are named in the language's own word. */
function sizeWith(byteWord: string): (bytes: number) => string {
  return (bytes) => {
    if (bytes < 1024) return `${bytes} ${byteWord}`;
    if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  };
}

const zh = {
  title: '导出',
  preview: '导出图的预览',
  making: (what: string) => `正在生成${what}…`,
  idle: '文件在浏览器中生成，不会发送到任何地方。',
  laying: '正在为网络图布局…',
  comparisonLaying: '正在为比较图布局协同网络…',
  comparisonFailed: '协同网络未能布局，比较图暂时无法导出：请在比较视图中重试。',
  noDiagram: '打开网络图、矩阵或工作量排名，即可将其导出为图片或 PDF。',
  failed: (what: string, why: string) => `${what}生成失败：${why}`,
  /** Why, by the failure's code (views/export/export-error.ts; `other`: one no code names). */
  failures: {
    font: '导出文件所用的中文字体未能加载。请确认应用仍可访问，刷新页面后重试。',
    image: '浏览器无法把这张图绘制为图片。',
    encode: '浏览器无法生成这个 PNG，图片可能太大：请换小一些的尺寸或倍数。',
    canvas: '这个浏览器没有可用于绘制 PNG 的画布。',
    worker: '生成简报的后台任务意外停止。请刷新页面后重试。',
    other: '出现了意外的错误。',
  },
  size: sizeWith('字节'),
  saved: (name: string, size: string) => `已保存 ${name}（${size}）`,
  savedIn: (name: string, size: string, seconds: string) => `已保存 ${name}（${size}，用时 ${seconds} 秒）`,
  diagram: (view: string) => `图 — ${view}`,
  format: '格式',
  formatHints: {
    png: '图片，用于幻灯片和消息',
    svg: '矢量图，标签为文字，便于编辑和印刷',
    pdf: 'A4 或 A3 矢量 PDF，内嵌中文字体',
  },
  titleField: '标题',
  labels: '标签语言',
  relaying: '正在为英文标签重新布局网络图…',
  relaid: '英文名称更占空间：网络图会为其重新布局（拖动过的节点不保留）。',
  layout: '布局',
  layouts: { screen: '同屏幕', fcose: '力导向', layered: '分层' },
  layoutHints: {
    screen: '网络图当前的布局',
    fcose: '力导向布局：关系紧密的机构和任务靠在一起',
    layered: '分层布局：各部分及其任务分列在上，机构按工作量分行排在下方',
  },
  relayingLayout: '正在按所选布局重新布局网络图…',
  scale: '倍率',
  background: '背景',
  white: '白色',
  transparent: '透明',
  outlinesTitle: 'Inkscape 和 rsvg 会忽略内嵌字体',
  outlines: '文字转曲',
  outlinesHint: ' — 适用于 Inkscape 及没有中文字体的查看器；文字将无法选择',
  paper: '纸张',
  orientation: '方向',
  landscape: '横向',
  portrait: '纵向',
  area: '范围',
  whole: '全图',
  inView: '当前视图',
  download: (format: string) => `下载 ${format}`,
  svgHint: (w: number, h: number) => `${w} × ${h}，内嵌字体`,
  pdfHint: (paper: string, landscape: boolean) => `${paper} ${landscape ? '横向' : '纵向'}，矢量，内嵌字体`,
  pngLowered: (scale: number) => `（${scale}×，浏览器可绘制的最大尺寸）`,
  briefing: '简报',
  briefingIntro: '一份用于会议的 PDF，在浏览器中生成：',
  briefingContents: [
    '封面：通知、发文机关和日期、主要数字',
    '协同网络：谁与谁合作',
    '机构 × 任务矩阵：谁牵头，谁配合',
    '工作量最大的机构及其工作量构成',
    '通知中提到的项目',
  ],
  briefingTask: '简报',
  slidesTask: 'PowerPoint 简报',
  makeBriefing: '生成简报 PDF',
  makeSlides: '生成 PowerPoint',
  data: '数据',
  dataIntro:
    '与命令行相同的文件：带 BOM 的 UTF-8 CSV（Excel 可正确显示中文）、JSON 格式的数据模型、GraphML 格式的网络（普通版，或带标签和布局的 yEd 版）以及 GEXF（1.3，或供旧软件使用的 1.2），颜色和布局与屏幕一致。矩阵保留屏幕上的列和行序。',
};

export type ExportMessages = typeof zh;

const en: ExportMessages = {
  title: 'Export',
  preview: 'Preview of the exported diagram',
  making: (what) => `Making the ${what}…`,
  idle: 'Files are made here in the browser; nothing is sent anywhere.',
  laying: 'Laying out the network…',
  comparisonLaying: "Laying out the comparison's coordination network…",
  comparisonFailed:
    'The coordination network could not be laid out, so the comparison cannot be exported yet: try again in the Compare view.',
  noDiagram: 'Open the network, a matrix or the load ranking to export it as a picture or PDF.',
  failed: (what, why) => `${what} failed: ${why}`,
  failures: {
    font: 'the Chinese font the files embed could not be loaded. Check that the app is still being served, reload the page and try again.',
    image: 'the browser could not draw the diagram as an image.',
    encode: 'the browser could not encode the PNG; it may be too large: choose a smaller size or scale.',
    canvas: 'this browser has no canvas to draw the PNG on.',
    worker: 'the background task making the briefing pack stopped. Reload the page and try again.',
    other: 'something unexpected went wrong.',
  },
  size: sizeWith('B'),
  saved: (name, size) => `Saved ${name} (${size})`,
  savedIn: (name, size, seconds) => `Saved ${name} (${size}, made in ${seconds} s)`,
  diagram: (view) => `Diagram — ${view}`,
  format: 'Format',
  formatHints: {
    png: 'A picture, for slides and messages',
    svg: 'Vector, labels as text, for editing and print',
    pdf: 'Vector on A4 or A3, with the Chinese font embedded',
  },
  titleField: 'Title',
  labels: 'Labels',
  relaying: 'Laying the network out for the English labels…',
  relaid:
    'English names take more room: the network is laid out afresh for them (nodes you dragged are not kept).',
  layout: 'Layout',
  layouts: { screen: 'As on screen', fcose: 'Force', layered: 'Layered' },
  layoutHints: {
    screen: 'The network as the view lays it out now',
    fcose: 'Force-directed: agencies and tasks that work together stand together',
    layered: 'Sections and their tasks in columns above, agencies in rows by workload below',
  },
  relayingLayout: 'Laying the network out as chosen…',
  scale: 'Scale',
  background: 'Background',
  white: 'White',
  transparent: 'Transparent',
  outlinesTitle: 'Inkscape and rsvg ignore the embedded font',
  outlines: 'Text as outlines',
  outlinesHint: ' — for Inkscape and viewers without Chinese fonts; text is no longer selectable',
  paper: 'Paper',
  orientation: 'Orientation',
  landscape: 'Landscape',
  portrait: 'Portrait',
  area: 'Area',
  whole: 'Whole',
  inView: 'In view',
  download: (format) => `Download ${format}`,
  svgHint: (w, h) => `${w} × ${h}, fonts embedded`,
  pdfHint: (paper, landscape) => `${paper} ${landscape ? 'landscape' : 'portrait'}, vector, fonts embedded`,
  pngLowered: (scale) => ` (${scale}×, the largest the browser can draw)`,
  briefing: 'Briefing pack',
  briefingIntro: 'One PDF for a meeting, made here in the browser:',
  briefingContents: [
    'Cover: the notice, its issuer and date, the figures',
    'Coordination graph: who works with whom',
    'Agency × task matrix: who leads, who cooperates',
    'Most-loaded agencies, with what the load counts',
    'Projects named in the notice',
  ],
  briefingTask: 'briefing pack',
  slidesTask: 'PowerPoint briefing',
  makeBriefing: 'Make briefing PDF',
  makeSlides: 'Make PowerPoint',
  data: 'Data',
  dataIntro:
    'The same files as the command line: CSV in UTF-8 with a BOM (Excel shows the Chinese), the model as JSON, the network as GraphML (plain, or for yEd with labels and layout) and GEXF (1.3, or 1.2 for older readers) coloured and laid out as on screen. Matrices keep the columns and row order on screen.',
};

export const exportMessages = { zh, en };
