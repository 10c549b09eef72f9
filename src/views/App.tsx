// The app shell: top bar, the notice's header, and the active view.
import { defaultNoticeBytes, DEFAULT_NOTICE_NAME } from '../app/default-notice.ts';
import { AtlasProvider, useAtlas } from './atlas.tsx';
import { NoticeHeader } from './NoticeHeader.tsx';
import { TopBar } from './TopBar.tsx';
import { useParsedNotice } from './useParsedNotice.ts';
import { DEFAULT_VIEW, findView } from './view-registry.ts';
import './App.css';

const DEFAULT_INPUT = defaultNoticeBytes();

function ActiveView() {
  const { view } = useAtlas();
  const { name, Component } = findView(view);
  return (
    <main className="app-view" data-view={name}>
      <Component />
    </main>
  );
}

export function App() {
  const parsed = useParsedNotice(DEFAULT_INPUT, DEFAULT_NOTICE_NAME);
  return (
    <div
      className="app"
      data-status={parsed.status}
      data-parser={parsed.status === 'ready' ? parsed.thread : undefined}
    >
      {parsed.status === 'ready' ? (
        <AtlasProvider model={parsed.model} defaultView={DEFAULT_VIEW}>
          <TopBar />
          <NoticeHeader model={parsed.model} />
          <ActiveView />
        </AtlasProvider>
      ) : (
        <main className="app-status">
          {parsed.status === 'parsing' ? (
            <p>Reading the notice…</p>
          ) : (
            <p role="alert">The notice could not be read: {parsed.error}</p>
          )}
        </main>
      )}
    </div>
  );
}
