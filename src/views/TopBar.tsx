// The bar across the top: the app's name, the views it offers, and the app's actions at the right.
import type { ReactNode } from 'react';
import { useAtlas } from './atlas.tsx';
import { ExportButton } from './export/ExportButton.tsx';
import { VIEWS } from './view-registry.ts';
import './TopBar.css';

export function TopBar({ children }: { children?: ReactNode }) {
  const { view, setView } = useAtlas();
  return (
    <nav className="top-bar" aria-label="Views">
      <span className="brand">
        <span className="brand-zh">分工图谱</span>
        <span className="brand-en">Fengong Atlas</span>
      </span>
      <div className="view-tabs" role="tablist">
        {VIEWS.map(({ name, label }) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === view}
            className="view-tab"
            data-view={name}
            onClick={() => setView(name)}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="top-bar-actions">
        {children}
        <ExportButton />
      </div>
    </nav>
  );
}
