// A port or airport on the corridor map: a square for a border port, a ring for a seaport, a triangle
// for an airport, in the kind's colour, so they differ without colour too.
import { PROJECT_KIND_APPEARANCE } from '../../graph/appearance.ts';
import type { ProjectKind } from '../../notice/model.ts';

export function MapSymbol({ kind, x, y }: { kind: ProjectKind; x: number; y: number }) {
  const color = PROJECT_KIND_APPEARANCE[kind].color;
  const shape = PROJECT_KIND_APPEARANCE[kind].symbol;
  if (shape === 'airport')
    return (
      <path
        d={`M ${x} ${y - 7} L ${x + 6.5} ${y + 5} L ${x - 6.5} ${y + 5} Z`}
        fill={color}
        stroke="#fff"
        strokeWidth={1.5}
      />
    );
  if (shape === 'seaport') return <circle cx={x} cy={y} r={5.5} fill="#fff" stroke={color} strokeWidth={3} />;
  return (
    <rect
      x={x - 5.5}
      y={y - 5.5}
      width={11}
      height={11}
      rx={1.5}
      fill={color}
      stroke="#fff"
      strokeWidth={1.5}
    />
  );
}
