// The shortcuts the app answers to, as the `?` dialog lists them, in Chinese and English, shown in the
// interface's language. One list, so the dialog and the tests read the same thing.

export interface Shortcut {
  /** Keys as printed on keycaps; several are alternatives (← or →). */
  readonly keys: readonly string[];
  readonly zh: string;
  readonly en: string;
}

export interface ShortcutGroup {
  readonly zh: string;
  readonly en: string;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    zh: '全局',
    en: 'Anywhere',
    shortcuts: [
      { keys: ['?'], zh: '显示快捷键', en: 'Show these shortcuts' },
      { keys: ['Esc'], zh: '取消选择；关闭对话框', en: 'Clear the selection; close a dialog' },
      { keys: ['Ctrl+Z'], zh: '撤销上一次更正', en: 'Undo the last correction' },
    ],
  },
  {
    zh: '视图标签',
    en: 'View tabs',
    shortcuts: [
      { keys: ['←', '→'], zh: '切换到前一个或后一个视图', en: 'Go to the previous or next view' },
      { keys: ['Home', 'End'], zh: '切换到第一个或最后一个视图', en: 'Go to the first or last view' },
    ],
  },
  {
    zh: '网络图（获得焦点时）',
    en: 'Network, when it has focus',
    shortcuts: [
      {
        keys: ['Tab', 'Shift+Tab'],
        zh: '按工作量从高到低逐个经过机构',
        en: 'Step through the agencies, heaviest load first',
      },
      { keys: ['←', '↑', '→', '↓'], zh: '移到该方向最近的节点', en: 'Move to the nearest node that way' },
      {
        keys: ['Enter'],
        zh: '选中该节点；再按一次打开机构的个体网络',
        en: "Select the node; again, open the agency's ego network",
      },
      { keys: ['+', '−'], zh: '放大、缩小', en: 'Zoom in, zoom out' },
      { keys: ['0'], zh: '适应窗口', en: 'Fit to the window' },
    ],
  },
  {
    zh: '矩阵与排名（获得焦点时）',
    en: 'Matrices and ranking, when they have focus',
    shortcuts: [
      { keys: ['↑', '↓'], zh: '逐个选择机构', en: 'Step through the agencies' },
      { keys: ['Home', 'End'], zh: '第一个、最后一个机构', en: 'First, last agency' },
    ],
  },
  {
    zh: '搜索框',
    en: 'Search box',
    shortcuts: [
      { keys: ['↑', '↓'], zh: '在结果中移动', en: 'Move through the results' },
      { keys: ['Enter'], zh: '选中结果', en: 'Select the result' },
      { keys: ['Esc'], zh: '清空搜索', en: 'Clear the search' },
    ],
  },
];
