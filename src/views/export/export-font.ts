// The font the exports embed: the app's own Noto Sans SC slices, each loaded (as a lazy chunk of the
// app) the first time a file needs its characters. A slice that fails to load becomes a plain message
// in the dialog (browsers keep a failed module import failed, hence the advice to reload).
import type { FontLoader } from '../../export/font/slices.ts';
import { ExportError } from './export-error.ts';

export const exportFonts: FontLoader = async (slice, weight) => {
  try {
    const { browserFontLoader } = await import('../../export/font/load-browser.ts');
    return await browserFontLoader(slice, weight);
  } catch (reason) {
    const why = reason instanceof Error ? reason.message : String(reason);
    throw new ExportError(
      'font',
      `the Chinese font for exports could not be loaded (${why}). Check that the app is still being served, reload the page and try again.`,
      { cause: reason },
    );
  }
};
