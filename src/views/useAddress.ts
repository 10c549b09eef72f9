// The address as React state: read from `location.hash` at start, written back on every change (without
// adding history entries), and followed when the user edits it or opens a link.
import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { readUrlState, writeUrlState, type UrlState } from '../view-model/url-state.ts';

export interface Address {
  readonly url: UrlState;
  readonly setUrl: Dispatch<SetStateAction<UrlState>>;
}

function currentState(defaultView: string): UrlState {
  const state = readUrlState(window.location.hash);
  return { ...state, view: state.view ?? defaultView };
}

export function useAddress(defaultView: string): Address {
  const [url, setUrl] = useState<UrlState>(() => currentState(defaultView));
  // The hash as this hook last saw or wrote it. Another hash means the user (or a link) changed it and
  // the hashchange event has not arrived yet: the app's own write (a pan, a zoom) must not undo it.
  const known = useRef(window.location.hash);

  useEffect(() => {
    if (window.location.hash !== known.current) {
      known.current = window.location.hash;
      setUrl(currentState(defaultView));
      return;
    }
    const hash = writeUrlState(url);
    if (hash !== window.location.hash)
      window.history.replaceState(null, '', hash || window.location.pathname);
    known.current = window.location.hash;
  }, [url, defaultView]);
  useEffect(() => {
    const follow = () => {
      known.current = window.location.hash;
      setUrl(currentState(defaultView));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [defaultView]);

  return { url, setUrl };
}
