// The words an outline shows for an item: its own short title, else the opening words of its paragraph.
import type { Item, Task } from '../notice/model.ts';

const MAX_LABEL = 28;
// Heading numbers of the genre: （一） 一、 1. 1、 (1) ①.
const LEADING_NUMBER =
  /^\s*(?:[（(][一二三四五六七八九十百零〇\d]+[）)]|[一二三四五六七八九十百]+、|\d+[.．、](?!\d)|[①-⑳])\s*/u;
const SENTENCE_END = /[。；;！？!?\n]/u;

/** The paragraph before its marker, without its heading number, and without the task's title when it opens the paragraph. */
function itemBody(text: string, item: Item, task: Task | undefined): string {
  const end = item.marker.start > item.start ? item.marker.start : item.end;
  let body = text.slice(item.start, end).replace(LEADING_NUMBER, '');
  if (task && item.start <= task.start && body.startsWith(task.title)) {
    body = body.slice(task.title.length).replace(/^[。．.：:，,\s]+/u, '');
  }
  return body.trim();
}

function firstWords(body: string): string {
  const stop = body.search(SENTENCE_END);
  const sentence = (stop < 0 ? body : body.slice(0, stop)).trim();
  return sentence.length > MAX_LABEL ? `${sentence.slice(0, MAX_LABEL)}…` : sentence;
}

export function itemLabel(text: string, item: Item, task: Task | undefined): string {
  if (item.title) return item.title;
  const words = firstWords(itemBody(text, item, task));
  if (words) return words;
  return task?.title ?? firstWords(text.slice(item.start, item.end).trim());
}
