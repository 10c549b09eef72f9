// The workbook's look: the app's role colours on the RACI cells (lead solid orange, cooperate pale
// blue, responsible pale pink, as the matrix view marks them), a grey head, hairline borders.
import type ExcelJS from 'exceljs';
import { BAND, INK, ROLE_APPEARANCE, RULE } from '../../graph/appearance.ts';
import { shade, tint } from '../../graph/colors.ts';
import type { Role } from '../../notice/model.ts';

/** `#rrggbb` as exceljs's ARGB. */
export const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

const solid = (hex: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(hex) },
});

export const HEAD_FILL = solid(BAND);
export const HEAD_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: argb(INK) } };

const hairline = { style: 'thin', color: { argb: argb(RULE) } } as const;
export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: hairline,
  left: hairline,
  bottom: hairline,
  right: hairline,
};

/** The fill and text colour of a RACI cell: strong for leads, pale for the other roles, so the
 *  leads stand out when the sheet is printed in greyscale too. */
export const ROLE_CELL: Record<Role, { fill: ExcelJS.Fill; font: Partial<ExcelJS.Font> }> = {
  lead: {
    fill: solid(ROLE_APPEARANCE.lead.color),
    font: { bold: true, color: { argb: 'FFFFFFFF' } },
  },
  cooperate: {
    fill: solid(tint(ROLE_APPEARANCE.cooperate.color, 0.75)),
    font: { color: { argb: argb(shade(ROLE_APPEARANCE.cooperate.color, 0.3)) } },
  },
  responsible: {
    fill: solid(tint(ROLE_APPEARANCE.responsible.color, 0.6)),
    font: { color: { argb: argb(shade(ROLE_APPEARANCE.responsible.color, 0.45)) } },
  },
};

/** The hex colour a RACI cell is filled with, for tests and the key. */
export function roleFillHex(role: Role): string {
  const fill = ROLE_CELL[role].fill;
  return fill.type === 'pattern' ? (fill.fgColor?.argb ?? '').slice(2) : '';
}
