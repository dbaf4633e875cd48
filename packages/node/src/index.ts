/**
 * @ledger-synth/node: the file-system half of ledger-synth, as the CLI, the hooks and the tests use
 * it (only names imported somewhere are exported; everything else is internal). The read path is
 * planSynthesis (list → take the fold cache's files, read and parse the others (on worker threads
 * too for large cold reads) → fold → render → compare: plain data) and synthesizeStream (the same
 * under the stream's lock, then the write); see docs/architecture.md.
 */
export { loadConfig, findRoot, CONFIG_FILE_NAME } from './config.js';
export type { LedgerConfig } from './config.js';
export { generatedAtFor } from './clock.js';
export { tuneHeapForFolding } from './heap-tuning.js';
export { writeFileAtomic } from './atomic-write.js';
export { planSynthesis, synthesizeStream, describeStaleness } from './synthesize.js';
export { inputsIdOf, recall, remember } from './memo.js';
export type { Synthesis } from './synthesize.js';
export { discoverEventFiles } from './discover.js';
export { writeEventFile } from './write-event.js';
export { runHook, processHookWorld } from './session/hook-runner.js';
export type { HookWorld } from './session/hook-runner.js';
export { sessionEndHook, sessionStartHook } from './session/hook-main.js';
export { readStdinWithTimeout } from './session/stdin.js';
export { runSessionStart } from './session/session-start.js';
export { publishSessionEnd, publishRun } from './session/session-end.js';
export { recoverStrandedSessions, describeRecovery } from './session/recover.js';
export { emptyDraft, isDraftEmpty, mergeDrafts, parseDraftYaml, readDraft, updateDraft, draftToBody } from './session/draft.js';
export type { Draft } from './session/draft.js';
export { draftPath, ensureStateDir, sessionsDir, startMarkerPath } from './session/paths.js';
export { latestStart, readStartMarker } from './session/start-marker.js';
export { readEndMarker, runIsClosed } from './session/end-marker.js';
export { todosFromJsonl, readTranscriptTodos } from './session/transcript-todos.js';
export { readGitState } from './session/git-state.js';
export {
  openRepo,
  requireRepo,
  operationInProgress,
  operationError,
  continueCommand,
  conflictedPaths,
  stagePaths,
  commitLedger,
  repoPath,
  lastReflogSubject,
} from './git.js';
export type { GitRepo, CommitOutcome } from './git.js';
export { planArchive, synthesizeAndArchive, archivableEvents, describeMove } from './archive.js';
export type { ArchivePlan } from './archive.js';
export { installMergeSetup, uninstallMergeSetup, attributeLine, driverCommand, DRIVER_NAME, hookCliCommand, ensureMergeSetup, COMMITTED_CLI } from './merge-setup.js';
export type { SetupChange } from './merge-setup.js';
export { resolveIdsSettings, checkReservePrefix, namespaceOfKind } from './ids/ids-config.js';
export type { IdsSettings } from './ids/ids-config.js';
export { reserveIds, initCounters } from './ids/counter-store.js';
export { allocateIds } from './ids/allocation-store.js';
export { planIdPage, rebuildIdPage } from './ids/id-page.js';
export { parseLandingLog } from './ids/publication-order.js';
export { checkAllRefs } from './ids/ref-check.js';
export { readRemoteEvents, toInFlight } from './remote-events.js';
export type { RemoteEvents } from './remote-events.js';
export type { PublicationSummary } from './ids/publication-order.js';
export { runGit } from './git-plumbing.js';
export {
  HOOKS_INSTALL_DIR,
  addOurHooks,
  removeOurHooks,
  addOurPermission,
  removeOurPermission,
  applySettingsChanges,
  RECORD_PERMISSION,
  parseSettingsText,
  formatSettings,
} from './session/claude-settings.js';
export { agentIdFor, approxCodexTokens, cliOfSession, cliProfile } from './session/cli-adapters.js';
export type { AgentCli, AgentHookEvent } from './session/cli-adapters.js';
export { parseJsonObject, formatJsonObject } from './session/hooks-json.js';
export { addCodexHooks, removeCodexHooks, codexHookCommand } from './session/codex-config.js';
export { addGeminiHooks, removeGeminiHooks, geminiHookCommand } from './session/gemini-settings.js';
export { agentsMdBlock, replaceAgentsBlock } from './session/agents-md.js';
export { agentHook, agentHookMain } from './session/agent-hooks.js';
export { planAgentInstall, planAgentUninstall, AGENT_TARGETS, AGENT_TARGET_DESCRIPTIONS, AGENT_TARGET_NOTES } from './session/agent-install.js';
export type { InstallChange, AgentTarget } from './session/agent-install.js';
