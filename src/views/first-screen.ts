// The first screen's title: index.html paints the seed notice's title before any script runs; a later
// visit that left off on another notice paints that one's instead, remembered here when it was shown.
const TITLE_KEY = 'fengong-atlas:first-screen-title';

function remembered(): string | null {
  try {
    return localStorage.getItem(TITLE_KEY);
  } catch {
    return null; // Storage refused (private mode, a policy): the seed's title stands.
  }
}

/** No title remembered: most likely the first visit, which opens on the bundled notice. */
export function looksLikeFirstVisit(): boolean {
  return remembered() === null;
}

/** Puts the remembered title into the static first screen and returns the title it shows. */
export function prepareFirstScreen(page: Document): string {
  const heading = page.getElementById('first-title');
  const title = remembered();
  if (heading && title) heading.textContent = title;
  return heading?.textContent?.trim() ?? title ?? '';
}

/** Called with the title of what is in view, for the next visit's first screen. */
export function rememberFirstScreenTitle(title: string): void {
  if (remembered() === title) return;
  try {
    localStorage.setItem(TITLE_KEY, title);
  } catch {
    // A full or refused storage costs only the title of the next first screen.
  }
}
