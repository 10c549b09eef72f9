// The reference for `bundle-size`: the libraries the app's first screen cannot do without — React and
// ReactDOM (the views), Cytoscape and fcose (the network), Dexie (the workspace) — each used once, so
// nothing of what a page calls is shaken out, and nothing else. What this page weighs gzipped is the
// floor no build of this stack can go under.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import Dexie from 'dexie';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

cytoscape.use(fcose);
const root = document.getElementById('root') as HTMLElement;
const cy = cytoscape({ container: root, elements: [{ data: { id: 'a' } }] });
cy.layout({ name: 'fcose' } as cytoscape.LayoutOptions).run();
const db = new Dexie('library-floor');
db.version(1).stores({ notices: 'id' });
void db.open();
createRoot(root).render(createElement('p', null, 'floor'));
