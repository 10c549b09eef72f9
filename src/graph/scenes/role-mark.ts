// The mark for a role, as every matrix cell and legend draws it: lead a filled square, cooperate a
// ring, responsible a diamond. Shape carries the role as well as colour, so greyscale prints and
// colour-blind readers can tell them apart (a solid block against a hollow ring).
import { PAPER, ROLE_APPEARANCE } from '../appearance.ts';
import type { Role } from '../../notice/model.ts';
import type { SceneMark, Tagged } from '../scene.ts';

/** How heavy the open marks are: a ring's stroke and a diamond's reach, as shares of the size. A mark
 *  that holds a number (agency × agency counts) wants a thinner ring. */
export interface MarkWeight {
  readonly ring: number;
  readonly diamond: number;
}

const USUAL: MarkWeight = { ring: 0.2, diamond: 1.3 };

/** One role mark centred on (cx, cy), `size` across. */
export function roleMark(
  role: Role,
  cx: number,
  cy: number,
  size: number,
  tag: Tagged = {},
  weight: MarkWeight = USUAL,
): SceneMark {
  const color = ROLE_APPEARANCE[role].color;
  const half = size / 2;
  switch (ROLE_APPEARANCE[role].mark) {
    case 'square':
      return { type: 'rect', x: cx - half, y: cy - half, width: size, height: size, fill: color, ...tag };
    case 'ring': {
      // A ring's stroke straddles its radius: pull it in so the ring is as wide as the square.
      const strokeWidth = Math.max(1.5, size * weight.ring);
      return {
        type: 'circle',
        cx,
        cy,
        r: half - strokeWidth / 2,
        fill: PAPER,
        stroke: color,
        strokeWidth,
        ...tag,
      };
    }
    case 'diamond': {
      // A diamond of the square's size looks smaller; widen it to about the same area.
      const r = half * weight.diamond;
      const d = `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`;
      return { type: 'path', d, fill: color, ...tag };
    }
  }
}
