// Pure helpers the stress harness (plain .mjs) needs from the real code; bundled on the fly.
export { parseFooter } from '@ledger-synth/core';
