export { loadConfig, findRoot, CONFIG_FILE_NAME, DEFAULTS } from './config.js';
export type { LedgerConfig, ConfigOverrides } from './config.js';
export { generatedAtFor } from './clock.js';
export { writeFileAtomic, createFileExclusive, tempPathFor, isTempFileName } from './atomic-write.js';
export { acquireLock, withLock, isProcessAlive } from './lock.js';
export type { LockHandle, LockOptions } from './lock.js';
export { discoverEventFiles } from './discover.js';
export type { DiscoverOptions } from './discover.js';
export { readEventFiles, loadEventText, formatBytes } from './read-events.js';
export type { ReadOptions, ReadResult, LoadResult } from './read-events.js';
export {
  planSynthesis,
  planFromEvents,
  synthesizeStream,
  synthesizeHoldingLock,
  describeStaleness,
  lockPathFor,
} from './synthesize.js';
export type { StreamInputs, Synthesis, OutputStatus, WriteOutcome } from './synthesize.js';
export { writeEventFile, publishEventText } from './write-event.js';
export type { WrittenEvent, EventTextToPublish } from './write-event.js';
export { runHook, runHookProcess, processHookWorld } from './session/hook-runner.js';
export type { HookRun, HookRunnerOptions, HookWorld } from './session/hook-runner.js';
export { sessionEndHook, sessionStartHook } from './session/hook-main.js';
export type { SessionStartHookOptions } from './session/hook-main.js';
export { parseHookInput } from './session/hook-input.js';
export type { HookInput } from './session/hook-input.js';
export { readStdinWithTimeout } from './session/stdin.js';
export { runSessionStart } from './session/session-start.js';
export type { SessionStartOptions, SessionStartOutput } from './session/session-start.js';
export { publishSessionEnd, publishRun } from './session/session-end.js';
export type { SessionEndOptions, SessionEndResult, PublishRunOptions } from './session/session-end.js';
export { recoverStrandedSessions, strandedCandidates, describeRecovery } from './session/recover.js';
export type { RecoverOptions, RecoveredSession } from './session/recover.js';
export { sessionProcess, processState } from './session/liveness.js';
export type { SessionProcess, ProcessState } from './session/liveness.js';
export { recordCommandFor, shellQuote } from './session/record-command.js';
export {
  emptyDraft,
  isDraftEmpty,
  mergeDrafts,
  parseDraftYaml,
  readDraft,
  updateDraft,
  draftToBody,
} from './session/draft.js';
export type { Draft, DraftCheckpoint } from './session/draft.js';
export { draftPath, ensureStateDir, sessionsDir, startMarkerPath, endMarkerPath, stateDir, ledgerRootOf } from './session/paths.js';
export { latestStart, readStartMarker } from './session/start-marker.js';
export { readEndMarker, runIsClosed } from './session/end-marker.js';
export { todosFromJsonl, readTranscriptTodos } from './session/transcript-todos.js';
export { readGitState, listWorktrees, parseWorktreeList, commitsSince } from './session/git-state.js';
export {
  openRepo,
  requireRepo,
  operationInProgress,
  operationError,
  continueCommand,
  conflictedPaths,
  changedPaths,
  stagePaths,
  commitPaths,
  commitLedger,
  repoPath,
  hooksDirectory,
  lastReflogSubject,
} from './git.js';
export type { GitRepo, GitOperation, CommitOutcome, LedgerPaths, LedgerCommitSummary } from './git.js';
export { planArchive, applyArchive, synthesizeAndArchive, archiveDateOf, archivableEvents, describeMove } from './archive.js';
export type { ArchivableEvent, ArchiveMove, ArchivePlan, ArchiveOutcome, SynthesizeAndArchiveOutcome } from './archive.js';
export { installMergeSetup, uninstallMergeSetup, mergeSetupStatus, attributeLine, driverCommand, DRIVER_NAME, HOOK_NAMES } from './merge-setup.js';
export type { SetupChange, MergeSetupOptions, HookName } from './merge-setup.js';
export { unreflectedEvents, describeUnreflected } from './unreflected.js';
export { resolveIdsSettings, checkReservePrefix, namespaceOfKind, IDS_DEFAULTS, LOCAL_STATE_DIR } from './ids/ids-config.js';
export type { IdsSettings } from './ids/ids-config.js';
export { reserveIds, initCounters, readCountersFile } from './ids/counter-store.js';
export type { Reservation, InitResult } from './ids/counter-store.js';
export { readAllocations, allocateIds, publishAllocation } from './ids/allocation-store.js';
export type { AllocationRecord, AllocationRequest, AllocationOutcome } from './ids/allocation-store.js';
export { planIdPage, rebuildIdPage } from './ids/id-page.js';
export { readPublicationOrder, parseLandingLog, publicationOrderFor } from './ids/publication-order.js';
export { checkAllRefs, shortRef } from './ids/ref-check.js';
export { readRemoteEvents, toInFlight, remoteInFlightFor } from './remote-events.js';
export type { RemoteEvent, RemoteEvents, RemoteEventsOptions } from './remote-events.js';
export type { RefCheck, ProvisionalClash, UnpublishedAllocation } from './ids/ref-check.js';
export type { PublicationHistory, PublicationSummary } from './ids/publication-order.js';
export { runGit, catFileBatch, listTreesAt, parseTreeBlobs } from './git-plumbing.js';
export type { GitOutput, GitObject } from './git-plumbing.js';
export type { IdPagePlan } from './ids/id-page.js';
export {
  HOOKS_INSTALL_DIR,
  HOOK_SPECS,
  hookCommand,
  addOurHooks,
  removeOurHooks,
  parseSettingsText,
  formatSettings,
} from './session/claude-settings.js';
export type { HookSpec, SettingsChange } from './session/claude-settings.js';
export { gatherState, cacheDirFor, CACHE_FORMAT } from './cache.js';
export type { CacheSettings, GatherOptions, GatherStats, Gathered } from './cache.js';
export { removeDeadTempFiles } from './temp-files.js';
// Other agent CLIs (issue 15): per-CLI adapters and hook configuration writers.
export { agentIdFor, approxCodexTokens, cliProfile, isAgentCli, AGENT_CLIS, CODEX_HOOK_OUTPUT_TOKEN_LIMIT, CODEX_CONTEXT_TOKEN_TARGET } from './session/cli-adapters.js';
export type { AgentCli, AgentHookEvent, CliProfile } from './session/cli-adapters.js';
export { addHooks, removeHooks, parseJsonObject, formatJsonObject } from './session/hooks-json.js';
export type { OurHook, HooksChange } from './session/hooks-json.js';
export { CODEX_HOOKS_FILE, CODEX_HOOKS_DIR, CODEX_NOTES, AGENT_HOOK_BUNDLE, addCodexHooks, removeCodexHooks, codexHookCommand } from './session/codex-config.js';
export { GEMINI_SETTINGS_FILE, GEMINI_HOOKS_DIR, GEMINI_NOTES, addGeminiHooks, removeGeminiHooks, geminiHookCommand } from './session/gemini-settings.js';
export { AGENTS_MD_FILE, AGENTS_CLI_DIR, agentsMdBlock, replaceAgentsBlock } from './session/agents-md.js';
export type { AgentsBlockInput } from './session/agents-md.js';
export { agentHook, agentHookMain, recordCommandForSession } from './session/agent-hooks.js';
export type { AgentHookOptions } from './session/agent-hooks.js';
export { planAgentInstall, planAgentUninstall, AGENT_TARGETS, AGENT_TARGET_DESCRIPTIONS, AGENT_TARGET_NOTES } from './session/agent-install.js';
export type { AgentTarget, AgentSources, InstallChange, LedgerPathsForInstall } from './session/agent-install.js';
