#!/usr/bin/env node
// The real program is bundled into ../dist by `npm run build` (one file, no npx, fast start).
import '../dist/cc-synthesize.mjs';
