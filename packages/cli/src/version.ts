// Replaced at build time by esbuild's `define`; the fallback is for tests that run the source.
declare const __LEDGER_SYNTH_VERSION__: string | undefined;

export const VERSION: string = typeof __LEDGER_SYNTH_VERSION__ === 'string' ? __LEDGER_SYNTH_VERSION__ : '0.0.0-dev';
