// The short title an item opens with (`拓展国际金融业务。`), when it has one.

const TITLE_MAX = 24;

/** A brief first sentence without commas, followed by more text: the item's title. */
export function itemTitle(text: string): string | null {
  const m = /^([^。！？!?]{2,40})[。！？!?]/.exec(text);
  if (!m) return null;
  const sentence = (m[1] as string).trim();
  if (sentence.length > TITLE_MAX || /[，,；;：:（(]/.test(sentence)) return null;
  return text.length > m[0].length + 1 ? sentence : null;
}
