// A sentence of the interface that quotes the notice: the quoted words (agencies' names, passages) are
// marked as Chinese, so a screen reader reads them as Chinese in the English interface and a check for
// stray Chinese can tell the notice's words from the interface's.
import { Fragment } from 'react';

/** `text` with each occurrence of a Chinese word of `words` in a `lang="zh-CN"` span. */
export function NoticeWords({ text, words }: { readonly text: string; readonly words: readonly string[] }) {
  const quoted = [...new Set(words.filter((w) => /[\u3400-\u9fff]/.test(w)))].sort(
    (a, b) => b.length - a.length,
  );
  if (quoted.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${quoted.map(escape).join('|')})`, 'g');
  return (
    <>
      {text.split(pattern).map((piece, at) =>
        at % 2 === 1 ? (
          <span key={at} lang="zh-CN" data-notice-text="">
            {piece}
          </span>
        ) : (
          <Fragment key={at}>{piece}</Fragment>
        ),
      )}
    </>
  );
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
