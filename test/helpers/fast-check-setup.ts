// vitest setupFiles: every fast-check property in this worker uses the run's seed (see seed.ts).
// The global setup resolved it (and printed it) once and left it in the environment.
import fc from 'fast-check';
import { resolveSeed } from './seed.js';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: resolveSeed(process.env).seed });
