// The look shared by every view and every export: colours, shapes and sizes in one place, so the
// graph on screen, the matrix, the ranking and the exported SVG/PDF all speak the same visual language.
// Colours are the Okabe–Ito palette, distinguishable by colour-blind readers; roles also differ in
// line weight and shape so they survive greyscale printing.
import type { AgencyKind, ProjectKind, Role } from '../notice/model.ts';

export const FONT_FAMILY = "'Noto Sans SC', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const INK = '#1f2933';
export const MUTED_INK = '#5f6b7a';
export const RULE = '#d8dee6';
export const PAPER = '#ffffff';
export const BAND = '#f4f6f9';

export interface RoleAppearance {
  readonly color: string;
  /** Edge width in CSS pixels at zoom 1. */
  readonly width: number;
  readonly dashed: boolean;
  /** The mark a matrix cell uses, readable without colour. */
  readonly mark: 'square' | 'ring' | 'diamond';
  readonly label: { readonly en: string; readonly zh: string };
}

export const ROLE_APPEARANCE: Readonly<Record<Role, RoleAppearance>> = {
  lead: {
    color: '#D55E00',
    width: 3.2,
    dashed: false,
    mark: 'square',
    label: { en: 'Leads (牵头)', zh: '牵头' },
  },
  cooperate: {
    color: '#0072B2',
    width: 1.4,
    dashed: true,
    mark: 'ring',
    label: { en: 'Cooperates (配合)', zh: '配合' },
  },
  responsible: {
    color: '#CC79A7',
    width: 2.2,
    dashed: false,
    mark: 'diamond',
    label: { en: 'Responsible (负责)', zh: '负责' },
  },
};

export const AGENCY_KIND_APPEARANCE: Readonly<
  Record<AgencyKind, { color: string; label: { en: string; zh: string } }>
> = {
  regional: { color: '#009E73', label: { en: 'Regional department', zh: '地方部门' } },
  central: { color: '#E69F00', label: { en: 'Central / vertical office', zh: '中央及垂直管理机构' } },
  enterprise: { color: '#56B4E9', label: { en: 'Enterprise', zh: '企业' } },
  generic: { color: '#9AA5B1', label: { en: 'Generic actor', zh: '泛指主体' } },
};

export interface ProjectKindAppearance {
  readonly color: string;
  readonly label: { readonly en: string; readonly zh: string };
  /** How the corridor map draws a project of this kind: a line along its stops, or a symbol. */
  readonly symbol: 'line' | 'port' | 'airport' | 'seaport' | 'dot';
}

/** Project kinds in the order tables, filters and legends list them: transport first. Lines and
 *  ports are what the corridor map draws, so their colours are the most distinct. */
export const PROJECT_KIND_APPEARANCE: Readonly<Record<ProjectKind, ProjectKindAppearance>> = {
  rail: { color: '#6A3D9A', label: { en: 'Rail', zh: '铁路' }, symbol: 'line' },
  road: { color: '#D98B00', label: { en: 'Road', zh: '公路' }, symbol: 'line' },
  'border-port': { color: '#C2185B', label: { en: 'Border port', zh: '口岸' }, symbol: 'port' },
  seaport: { color: '#1F6FB4', label: { en: 'Seaport', zh: '港口' }, symbol: 'seaport' },
  'inland-port': { color: '#3949AB', label: { en: 'Inland port', zh: '陆港' }, symbol: 'port' },
  airport: { color: '#0E9AA7', label: { en: 'Airport', zh: '机场' }, symbol: 'airport' },
  logistics: { color: '#8C564B', label: { en: 'Logistics', zh: '物流' }, symbol: 'dot' },
  'industrial-park': { color: '#6B8E23', label: { en: 'Industrial park', zh: '园区' }, symbol: 'dot' },
  zone: { color: '#E07A5F', label: { en: 'Zone', zh: '新区·片区' }, symbol: 'dot' },
  industry: { color: '#B07AA1', label: { en: 'Industry', zh: '产业' }, symbol: 'dot' },
  'data-centre': { color: '#F06292', label: { en: 'Data centre', zh: '数据中心' }, symbol: 'dot' },
  ecology: { color: '#2E9E50', label: { en: 'Ecology', zh: '生态' }, symbol: 'dot' },
  other: { color: '#7B8794', label: { en: 'Other', zh: '其他' }, symbol: 'dot' },
};

export const PROJECT_KINDS = Object.keys(PROJECT_KIND_APPEARANCE) as readonly ProjectKind[];

/** Ten calm categorical colours for sections (Tableau 10), cycled beyond ten. */
const SECTION_COLORS = [
  '#4E79A7',
  '#F28E2B',
  '#E15759',
  '#76B7B2',
  '#59A14F',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
  '#9C755F',
  '#BAB0AC',
];

export function sectionColor(ordinal: number): string {
  return SECTION_COLORS[(Math.max(1, ordinal) - 1) % SECTION_COLORS.length] as string;
}

/** Node diameter from load: area grows with load, so a node twice as loaded looks twice as big. */
export function nodeDiameter(load: number, maxLoad: number, min = 18, max = 64): number {
  if (maxLoad <= 0) return min;
  return min + (max - min) * Math.sqrt(Math.max(0, load) / maxLoad);
}
