// The top bar's language switch: 中文 or English, one at a time, each named in its own language.
import { useLang, useMessages } from './lang-context.tsx';
import type { UiLang } from './ui-lang.ts';

const CHOICES: readonly { readonly lang: UiLang; readonly name: string; readonly tag: string }[] = [
  { lang: 'zh', name: '中文', tag: 'zh-CN' },
  { lang: 'en', name: 'English', tag: 'en' },
];

export function LangSwitch() {
  const { lang, setLang } = useLang();
  const m = useMessages();
  return (
    <div className="lang-switch" role="group" aria-label={m.app.langSwitch} data-testid="lang-switch">
      {CHOICES.map((choice) => (
        <button
          key={choice.lang}
          type="button"
          lang={choice.tag}
          className="lang-choice"
          data-lang={choice.lang}
          aria-pressed={lang === choice.lang}
          onClick={() => setLang(choice.lang)}
        >
          {choice.name}
        </button>
      ))}
    </div>
  );
}
