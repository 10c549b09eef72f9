// The interface's one message catalogue: every word the views show, in Chinese and in English. Each area
// keeps its words in its own file, typed by the Chinese: a key missing from either language, or a
// message taking other arguments, fails to compile.
import { appMessages } from './app-messages.ts';
import { cardsMessages } from './cards-messages.ts';
import { compareMessages } from './compare-messages.ts';
import { comparisonMessages } from './comparison-messages.ts';
import { deadlinesMessages } from './deadlines-messages.ts';
import { correctionsMessages } from './corrections-messages.ts';
import { exportMessages } from './export-messages.ts';
import { findingsMessages } from './findings-messages.ts';
import { graphMessages } from './graph-messages.ts';
import { importMessages } from './import-messages.ts';
import { importProblemsMessages } from './import-problems-messages.ts';
import { inspectMessages } from './inspect-messages.ts';
import { matrixMessages } from './matrix-messages.ts';
import { measuresMessages } from './measures-messages.ts';
import { noticesMessages } from './notices-messages.ts';
import { outlineMessages } from './outline-messages.ts';
import { panelMessages } from './panel-messages.ts';
import { projectsMessages } from './projects-messages.ts';
import { storageMessages } from './storage-messages.ts';
import { unionMessages } from './union-messages.ts';
import type { UiLang } from './ui-lang.ts';

function catalogue(lang: UiLang) {
  return {
    app: appMessages[lang],
    cards: cardsMessages[lang],
    compare: compareMessages[lang],
    comparison: comparisonMessages[lang],
    deadlines: deadlinesMessages[lang],
    corrections: correctionsMessages[lang],
    export: exportMessages[lang],
    findings: findingsMessages[lang],
    graph: graphMessages[lang],
    import: importMessages[lang],
    importProblems: importProblemsMessages[lang],
    inspect: inspectMessages[lang],
    matrix: matrixMessages[lang],
    measures: measuresMessages[lang],
    notices: noticesMessages[lang],
    outline: outlineMessages[lang],
    panel: panelMessages[lang],
    projects: projectsMessages[lang],
    storage: storageMessages[lang],
    union: unionMessages[lang],
  };
}

export type Messages = ReturnType<typeof catalogue>;

export const MESSAGES: Readonly<Record<UiLang, Messages>> = { zh: catalogue('zh'), en: catalogue('en') };
