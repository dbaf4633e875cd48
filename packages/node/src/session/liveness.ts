import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Which process runs a session, recorded at SessionStart so a later hook can tell, without
 * guessing, that the session is over: the process is gone, or its pid now belongs to another
 * process (the start time differs).
 */
export interface SessionProcess {
  readonly pid: number;
  /** Field 22 of /proc/<pid>/stat (clock ticks since boot); undefined where /proc is absent. */
  readonly startTime: string | undefined;
  readonly host: string;
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ksh', 'mksh', 'fish', 'busybox']);
const HOST = hostname();

/**
 * The session's process, from the hook's parent pid. Claude Code runs hook commands through a shell;
 * a shell that did not `exec` the hook (e.g. `sh -c "node …; …"`) exits right after it, so a shell
 * parent is skipped for its own parent (where /proc tells us; elsewhere the parent is taken as is).
 */
export function sessionProcess(parentPid: number): SessionProcess | undefined {
  if (!Number.isInteger(parentPid) || parentPid <= 1) return undefined;
  let pid = parentPid;
  let stat = readStat(pid);
  for (let hops = 0; stat && SHELLS.has(stat.comm) && hops < 3; hops++) {
    const up = readStat(stat.ppid);
    if (!up || stat.ppid <= 1) break;
    pid = stat.ppid;
    stat = up;
  }
  return { pid, startTime: stat?.startTime, host: HOST };
}

export type ProcessState = 'alive' | 'gone' | 'unknown';

/**
 * Whether the recorded process still runs: 'gone' only when that is certain (on this host, no such
 * pid, a zombie, or the pid now belongs to a process started at another time); 'unknown' for
 * another host.
 */
export function processState(recorded: { pid: number; startTime?: string | undefined; host?: string | undefined }): ProcessState {
  if (recorded.host !== undefined && recorded.host !== HOST) return 'unknown';
  if (!Number.isInteger(recorded.pid) || recorded.pid <= 0) return 'unknown';
  const stat = readStat(recorded.pid);
  if (stat) {
    if (stat.state === 'Z' || stat.state === 'X') return 'gone';
    if (recorded.startTime !== undefined && stat.startTime !== recorded.startTime) return 'gone';
    return 'alive';
  }
  if (hasProc()) return 'gone';
  try {
    process.kill(recorded.pid, 0);
    return 'alive';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH' ? 'gone' : 'alive';
  }
}

interface ProcStat {
  readonly comm: string;
  readonly state: string;
  readonly ppid: number;
  readonly startTime: string;
}

/** /proc/<pid>/stat parsed (comm may hold spaces and parentheses: split after the last ')'). */
function readStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open === -1 || close === -1) return undefined;
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is field 3 (state); field 4 is ppid; field 22 is starttime.
  const startTime = fields[19];
  if (!startTime) return undefined;
  return { comm: text.slice(open + 1, close), state: fields[0] ?? '', ppid: Number(fields[1]), startTime };
}

let procChecked: boolean | undefined;
function hasProc(): boolean {
  if (procChecked === undefined) procChecked = readStat(process.pid) !== undefined;
  return procChecked;
}
