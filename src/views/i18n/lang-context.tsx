// The interface language for every view: a provider at the top of the app, `useLang()` for the language
// and its switch, `useMessages()` for the words. Switching stores the choice and sets `<html lang>` and
// the page's title (index.html set both before the first paint from the stored choice).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MESSAGES, type Messages } from './messages.ts';
import { htmlLang, initialUiLang, readStoredUiLang, storeUiLang, type UiLang } from './ui-lang.ts';

export interface LangState {
  readonly lang: UiLang;
  readonly setLang: (lang: UiLang) => void;
}

const LangContext = createContext<LangState | null>(null);

function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator as Navigator | undefined;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}

export function LangProvider({ children }: { readonly children: ReactNode }) {
  const [lang, choose] = useState<UiLang>(() => initialUiLang(readStoredUiLang(), browserLanguages()));
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = MESSAGES[lang].app.brand;
  }, [lang]);
  const setLang = useCallback((next: UiLang) => {
    storeUiLang(next);
    choose(next);
  }, []);
  const state = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={state}>{children}</LangContext.Provider>;
}

/** The interface language; outside a provider (isolated component tests) Chinese, fixed. */
export function useLang(): LangState {
  return useContext(LangContext) ?? FIXED_ZH;
}

export function useMessages(): Messages {
  return MESSAGES[useLang().lang];
}

const FIXED_ZH: LangState = { lang: 'zh', setLang: () => undefined };
