// The app shell: top bar, the notice's header, and the active view.
import { defaultNoticeBytes, DEFAULT_NOTICE_NAME } from '../app/default-notice.ts';
import { NoticeHeader } from './NoticeHeader.tsx';
import { OutlineAndSource } from './OutlineAndSource.tsx';
import { TopBar } from './TopBar.tsx';
import { useParsedNotice } from './useParsedNotice.ts';
import './App.css';

const DEFAULT_INPUT = defaultNoticeBytes();

export function App() {
  const parsed = useParsedNotice(DEFAULT_INPUT, DEFAULT_NOTICE_NAME);
  return (
    <div
      className="app"
      data-status={parsed.status}
      data-parser={parsed.status === 'ready' ? parsed.thread : undefined}
    >
      <TopBar view="outline" />
      {parsed.status === 'ready' ? (
        <>
          <NoticeHeader model={parsed.model} />
          <main className="app-view">
            <OutlineAndSource model={parsed.model} />
          </main>
        </>
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
