// Where the browser tests find Chromium, and how they start it: Debian's package, headless, offline-minded.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Chromium 156 starts a renderer for its omnibox popup (a WebUI page) with every window, headless too;
  // traced, it spent ~0.5 s of CPU during each page load measured, on a machine of 2 cores.
  '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];
