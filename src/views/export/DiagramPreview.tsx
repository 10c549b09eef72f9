// A small picture of the file about to be made: the framed scene drawn as inline SVG (with the page's
// own font), on a checkerboard when the PNG will be transparent.
import { useMessages } from '../i18n/lang-context.tsx';
import type { Scene } from '../../graph/scene.ts';
import { SceneSvg } from '../shared/SvgMarks.tsx';

export function DiagramPreview({ scene, transparent }: { scene: Scene; transparent: boolean }) {
  const marks = transparent
    ? scene.marks
    : [
        {
          type: 'rect' as const,
          x: 0,
          y: 0,
          width: scene.width,
          height: scene.height,
          fill: scene.background ?? '#ffffff',
        },
        ...scene.marks,
      ];
  const m = useMessages();
  return (
    <figure className={`export-preview${transparent ? '' : ' is-white'}`} aria-label={m.export.preview}>
      <SceneSvg width={scene.width} height={scene.height} marks={marks} label={m.export.preview} />
    </figure>
  );
}
