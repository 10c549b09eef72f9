// The bar across the top: the app's name, the views it offers (ViewTabs.tsx), and the app's actions
// at the right.
import type { ReactNode } from 'react';
import { ExportButton } from './export/ExportButton.tsx';
import { LangSwitch } from './i18n/LangSwitch.tsx';
import { useMessages } from './i18n/lang-context.tsx';
import { KeyboardShortcuts } from './shortcuts/KeyboardShortcuts.tsx';
import { ViewTabs } from './ViewTabs.tsx';
import './TopBar.css';

export function TopBar({ children }: { children?: ReactNode }) {
  const m = useMessages();
  return (
    <nav className="top-bar" aria-label={m.app.viewsNav}>
      <span className="brand">{m.app.brand}</span>
      <ViewTabs />
      <div className="top-bar-actions">
        {children}
        <ExportButton />
        <KeyboardShortcuts />
        <LangSwitch />
      </div>
    </nav>
  );
}
