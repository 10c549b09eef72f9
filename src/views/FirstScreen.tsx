// What the app shows until its model is ready: the same bar, title and outline skeleton index.html
// paints before any script runs (its styles are there too), so the page is never blank and does not
// jump when React takes over.
import { useMessages } from './i18n/lang-context.tsx';

const OUTLINE: readonly (readonly [boolean, number])[] = [
  [true, 62],
  [false, 88],
  [false, 74],
  [false, 81],
  [true, 55],
  [false, 90],
  [false, 68],
  [true, 70],
  [false, 84],
  [false, 77],
  [false, 60],
  [true, 58],
  [false, 86],
  [false, 72],
];

export function FirstScreen({ title, status }: { title: string; status: string }) {
  const m = useMessages();
  return (
    <div className="first-screen" aria-busy="true">
      <div className="first-bar">
        <span className="first-brand">{m.app.brand}</span>
      </div>
      <header className="first-header">
        <h1 className="first-title" id="first-title" lang="zh-CN">
          {title}
        </h1>
        <p className="first-status">{status}</p>
      </header>
      <div className="first-body">
        <ol className="first-outline" aria-label={m.outline.outlineLoading}>
          {OUTLINE.map(([section, width], at) => (
            <li key={at} className={section ? 'is-section' : undefined} style={{ width: `${width}%` }} />
          ))}
        </ol>
        <div className="first-stage" />
      </div>
    </div>
  );
}
