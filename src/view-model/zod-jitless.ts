// The page's Content-Security-Policy allows no eval. Zod probes for it (`new Function`) when it builds
// an object schema, and the refused probe is logged as a CSP violation; jitless mode skips the probe.
// Imported first by the app (views/start-app.tsx), before any module builds a schema.
import { z } from 'zod';

z.config({ jitless: true });
