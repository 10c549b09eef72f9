// The bar across the top: the app's name and the views it offers.
import './TopBar.css';

export type ViewName = 'outline';

const VIEWS: readonly { name: ViewName; label: string }[] = [{ name: 'outline', label: 'Outline & source' }];

export function TopBar({ view }: { view: ViewName }) {
  return (
    <nav className="top-bar" aria-label="Views">
      <span className="brand">
        <span className="brand-zh">分工图谱</span>
        <span className="brand-en">Fengong Atlas</span>
      </span>
      <div className="view-tabs" role="tablist">
        {VIEWS.map(({ name, label }) => (
          <button key={name} type="button" role="tab" aria-selected={name === view} className="view-tab">
            {label}
          </button>
        ))}
      </div>
    </nav>
  );
}
