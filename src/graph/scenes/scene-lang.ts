// The language of a scene's own words (keys, heads, captions): an export asks for Chinese or English
// and gets that language only; the screen asks for neither and keeps its bilingual glosses
// (`牵头 leads`), which help a reader who moves between the app and the notice.
export type SceneLang = 'zh' | 'en';

export interface Wording<T> {
  /** What the app shows on screen, when no language is asked for. */
  readonly screen: T;
  readonly en: T;
  readonly zh: T;
}

/** The words for `lang`, or the screen's when none is given. */
export function say<T>(lang: SceneLang | undefined, words: Wording<T>): T {
  return lang ? words[lang] : words.screen;
}
