// Entry point, kept small so that it runs as soon as it arrives: it starts the parser's worker on the
// notice the first screen will show, declares the bundled Chinese font, and only then loads the app
// (start-app.tsx), whose download no longer holds up the first parse.
import { looksLikeFirstVisit, prepareFirstScreen } from './views/first-screen.ts';
import { registerFontFaces } from './views/fonts/font-faces.ts';
import { pageParser } from './views/workspace/page-parser.ts';
import { readSeedAhead } from './views/workspace/seed-reading.ts';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const firstTitle = prepareFirstScreen(document);
registerFontFaces();
// The parser's worker loads and starts while the app downloads and the workspace opens.
pageParser();
// A first visit will store and show the bundled notice: read it before anything else needs it.
if (looksLikeFirstVisit()) readSeedAhead();
void import('./views/start-app.tsx').then(({ startApp }) => startApp(root, firstTitle));
