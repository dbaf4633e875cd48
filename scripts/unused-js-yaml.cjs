// Build-time replacement for js-yaml inside the bundles. gray-matter requires js-yaml at load time
// for its default engine, but ledger-synth always passes its own engine (the `yaml` package), so
// js-yaml is never called. Loading it cost ~7 ms per process (it probes for `esprima`), which the
// hooks pay on every session start. Any accidental use fails loudly instead of parsing differently.
const unused = () => {
  throw new Error('js-yaml is not bundled: ledger-synth parses YAML with the `yaml` package');
};
module.exports = { safeLoad: unused, load: unused, safeDump: unused, dump: unused };
