import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/**
 * Work captured from a Claude Code transcript: the session's task list (TaskCreate / TaskUpdate,
 * current Claude Code) and its todo list (TodoWrite, earlier versions), as completed and in-progress
 * items. `found` says whether the transcript held any task or todo list at all: only then does
 * the event carry `in_progress:` (an empty list there clears the agent's earlier one).
 */
export interface TodoCapture {
  readonly completed: readonly string[];
  readonly inProgress: readonly string[];
  readonly found: boolean;
}

export interface TranscriptReadOptions {
  /** Start of the session's current run (ms): work finished before it belongs to an earlier run. */
  readonly sinceMs?: number | undefined;
  /** Give up (capture nothing) after this long; the hook's own deadline is the outer bound. */
  readonly timeoutMs?: number;
  /** Read at most this many bytes from the end of the file. */
  readonly maxBytes?: number;
}

const EMPTY: TodoCapture = { completed: [], inProgress: [], found: false };
/** Only the end of a long transcript is read: the latest lists are what matter. */
const TAIL_BYTES = 4 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 500;
const MAX_TODO_CHARS = 300;
const MAX_ITEMS = 100;

/**
 * Read the transcript's captured work without ever blocking: only a regular file is opened
 * (checked before and, on the open descriptor, after the open), with O_NONBLOCK so a FIFO or
 * device swapped in between cannot hold the open; at most `maxBytes` of its end are read, with
 * async I/O, within `timeoutMs`. The format is not ours and may change: anything unexpected
 * (a missing file, a directory, a FIFO, garbage, unknown shapes) yields "nothing captured".
 */
export async function readTranscriptTodos(path: string | undefined, options: TranscriptReadOptions = {}): Promise<TodoCapture> {
  if (!path) return EMPTY;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    timer.unref();
  });
  try {
    const text = await Promise.race([readTail(path, options.maxBytes ?? TAIL_BYTES).catch(() => undefined), timeout]);
    return text === undefined ? EMPTY : todosFromJsonl(text, options.sinceMs);
  } finally {
    clearTimeout(timer);
  }
}

/** The last `maxBytes` of a regular file as text (a partial first line dropped); undefined for anything else. */
export async function readTail(path: string, maxBytes: number): Promise<string | undefined> {
  // stat, not lstat: a symlink to a regular transcript is fine; what it points to is what counts.
  if (!(await stat(path)).isFile()) return undefined;
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) return undefined; // swapped for a FIFO or device after the check
    const size = info.size;
    const start = Math.max(0, size - maxBytes);
    const buffer = Buffer.alloc(size - start);
    let total = 0;
    while (total < buffer.length) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, start + total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    const text = buffer.subarray(0, total).toString('utf8');
    // A tail read starts mid-line: drop that fragment.
    return start === 0 ? text : text.slice(text.indexOf('\n') + 1);
  } finally {
    await handle.close();
  }
}

interface Task {
  subject: string;
  status: string;
  /** When the status last changed (ms; +Infinity when the line had no timestamp). */
  changedMs: number;
  order: number;
}

interface PendingCreate {
  readonly subject: string;
  readonly status: string | undefined;
  readonly atMs: number;
}

interface PendingUpdate {
  readonly taskId: string;
  readonly before: Task | undefined;
}

/**
 * Pure: replay the JSONL text in order and return what it says was completed and is in progress.
 *
 * - `TodoWrite` (input `{todos: [{content, status, activeForm}]}`) replaces the whole list: the last
 *   one wins. With `sinceMs`, a list written before the run started belongs to an earlier run.
 * - `TaskCreate` (input `{subject, description, activeForm}`) creates one task; its id arrives in
 *   the result line: `toolUseResult.task.id` (or the text "Task #N created …"), matched by
 *   `tool_use_id`. `TaskUpdate` (input `{taskId, status?, subject?}`) changes one task;
 *   `status: "deleted"` removes it; an update whose result is an error is undone.
 *   A completed task counts when it was completed in this run (at or after `sinceMs`); a task in
 *   progress counts whenever it was started (it is still in progress now).
 *
 * A partial first line (from a tail read) and any line or block of unknown shape are skipped.
 */
export function todosFromJsonl(text: string, sinceMs?: number): TodoCapture {
  const tasks = new Map<string, Task>();
  const creates = new Map<string, PendingCreate>();
  const updates = new Map<string, PendingUpdate>();
  let todoList: { completed: string[]; inProgress: string[]; atMs: number } | undefined;
  let order = 0;
  let foundTasks = false;

  for (const line of text.split('\n')) {
    // Cheap filter before JSON.parse: transcripts are large, task lines are few.
    if (!line.includes('"todos"') && !line.includes('"Task') && !line.includes('tool_result')) continue;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    if (!isRecord(entry)) continue;
    const atMs = timestampMs(entry);
    const message = isRecord(entry.message) ? entry.message : entry;
    const content = message.content;
    if (!Array.isArray(content)) continue;
    for (const block of content) {
      if (!isRecord(block)) continue;
      if (block.type === 'tool_use' && isRecord(block.input)) {
        const input = block.input;
        const name = block.name;
        if (Array.isArray(input.todos) && (name === 'TodoWrite' || name === undefined)) {
          todoList = { ...todoItems(input.todos), atMs };
        } else if (name === 'TaskCreate') {
          const subject = clean(input.subject) ?? clean(input.description);
          if (subject && typeof block.id === 'string') creates.set(block.id, { subject, status: taskStatus(input.status), atMs });
        } else if (name === 'TaskUpdate') {
          const taskId = idOf(input.taskId);
          if (taskId === undefined) continue;
          const task = tasks.get(taskId);
          if (typeof block.id === 'string') updates.set(block.id, { taskId, before: task ? { ...task } : undefined });
          const status = input.status === 'deleted' ? 'deleted' : taskStatus(input.status);
          const subject = clean(input.subject);
          if (status === 'deleted') {
            tasks.delete(taskId);
          } else if (task) {
            if (subject) task.subject = subject;
            if (status && status !== task.status) Object.assign(task, { status, changedMs: atMs });
          } else if (subject && status) {
            // Created before the part of the transcript we read: known only by this update.
            tasks.set(taskId, { subject, status, changedMs: atMs, order: order++ });
          }
          foundTasks = true;
        }
      } else if (block.type === 'tool_result' && typeof block.tool_use_id === 'string') {
        const useId = block.tool_use_id;
        const failed = block.is_error === true;
        const create = creates.get(useId);
        if (create) {
          creates.delete(useId);
          const taskId = failed ? undefined : createdTaskId(entry, block);
          if (taskId !== undefined) {
            tasks.set(taskId, { subject: create.subject, status: create.status ?? 'pending', changedMs: create.atMs, order: order++ });
            foundTasks = true;
          }
          continue;
        }
        const update = updates.get(useId);
        if (update) {
          updates.delete(useId);
          const result = resultOf(entry);
          if (failed || result?.success === false) {
            if (update.before) tasks.set(update.taskId, update.before);
            else tasks.delete(update.taskId);
          }
        }
      }
    }
  }

  const completed: string[] = [];
  const inProgress: string[] = [];
  const sorted = [...tasks.values()].sort((a, b) => a.order - b.order);
  for (const task of sorted) {
    if (task.status === 'completed' && !(sinceMs !== undefined && task.changedMs < sinceMs)) completed.push(task.subject);
    else if (task.status === 'in_progress') inProgress.push(task.subject);
  }
  let foundTodos = false;
  if (todoList && !(sinceMs !== undefined && todoList.atMs < sinceMs)) {
    foundTodos = true;
    completed.push(...todoList.completed);
    inProgress.push(...todoList.inProgress);
  }
  return {
    completed: uniq(completed).slice(0, MAX_ITEMS),
    inProgress: uniq(inProgress).slice(0, MAX_ITEMS),
    found: foundTasks || foundTodos,
  };
}

function todoItems(list: readonly unknown[]): { completed: string[]; inProgress: string[] } {
  const completed: string[] = [];
  const inProgress: string[] = [];
  for (const todo of list) {
    if (!isRecord(todo)) continue;
    const text = clean(todo.content) ?? clean(todo.subject);
    if (!text) continue;
    if (todo.status === 'completed') completed.push(text);
    else if (todo.status === 'in_progress') inProgress.push(text);
  }
  return { completed, inProgress };
}

/** The new task's id: `toolUseResult.task.id` on the result line, else "Task #N created" in its text. */
function createdTaskId(entry: Record<string, unknown>, block: Record<string, unknown>): string | undefined {
  const result = resultOf(entry);
  const task = result && isRecord(result.task) ? result.task : undefined;
  const id = idOf(task?.id);
  if (id !== undefined) return id;
  const text = typeof block.content === 'string'
    ? block.content
    : Array.isArray(block.content)
      ? block.content.map((part) => (isRecord(part) && typeof part.text === 'string' ? part.text : '')).join('\n')
      : '';
  return /\bTask #(\d+) created/.exec(text)?.[1];
}

/** The structured tool result Claude Code stores beside the message (`toolUseResult`; `tool_use_result` in stream JSON). */
function resultOf(entry: Record<string, unknown>): Record<string, unknown> | undefined {
  const result = entry.toolUseResult ?? entry.tool_use_result;
  return isRecord(result) ? result : undefined;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value !== '' && value.length <= 200) return value;
  return undefined;
}

function taskStatus(value: unknown): string | undefined {
  return value === 'pending' || value === 'in_progress' || value === 'completed' ? value : undefined;
}

function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim().slice(0, MAX_TODO_CHARS);
  return text === '' ? undefined : text;
}

/** The line's `timestamp` in ms; +Infinity when absent or unreadable (then it is not filtered out). */
function timestampMs(entry: Record<string, unknown>): number {
  if (typeof entry.timestamp !== 'string') return Number.POSITIVE_INFINITY;
  const ms = Date.parse(entry.timestamp);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function uniq(values: readonly string[]): string[] {
  return [...new Set(values)];
}
