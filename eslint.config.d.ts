// Types for what the tests read from eslint.config.js.
import type { Linter } from 'eslint';

/** The floors of src/, lowest first: a folder imports its own floor and those below. */
export declare const FLOORS: readonly (readonly string[])[];
declare const config: Linter.Config[];
export default config;
