import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface TodoCapture {
  readonly completed: readonly string[];
  readonly inProgress: readonly string[];
}

const EMPTY: TodoCapture = { completed: [], inProgress: [] };
/** Only the end of a long transcript is read: the latest todo list is what matters. */
const TAIL_BYTES = 4 * 1024 * 1024;
const MAX_TODO_CHARS = 300;

/**
 * The session's latest todo list (Claude Code's TodoWrite tool), read from the end of the JSONL
 * transcript. The format is not ours and may change: every line, field and type is checked, and
 * anything unexpected yields "no todos", never an error.
 */
export function readTranscriptTodos(path: string | undefined, sinceMs?: number): TodoCapture {
  if (!path) return EMPTY;
  let text: string;
  try {
    text = readTail(path, TAIL_BYTES);
  } catch {
    return EMPTY;
  }
  return todosFromJsonl(text, sinceMs);
}

/**
 * Pure: the last todo snapshot in JSONL text. A partial first line (from a tail read) is skipped.
 * With `sinceMs`, a snapshot whose line is timestamped earlier belongs to an earlier run of the
 * session (a resume appends to the same transcript) and yields "no todos".
 */
export function todosFromJsonl(text: string, sinceMs?: number): TodoCapture {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    // Cheap filter before JSON.parse: transcripts are large, todo lines are few.
    if (!line.includes('"todos"')) continue;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      continue;
    }
    const todos = todosOf(entry);
    if (todos) return sinceMs !== undefined && timestampMs(entry) < sinceMs ? EMPTY : todos;
  }
  return EMPTY;
}

function todosOf(entry: unknown): TodoCapture | undefined {
  if (!isRecord(entry)) return undefined;
  const message = isRecord(entry.message) ? entry.message : entry;
  const content = message.content;
  if (!Array.isArray(content)) return undefined;
  // The last tool call in the line wins, as the last line does.
  for (let i = content.length - 1; i >= 0; i--) {
    const block = content[i];
    if (!isRecord(block) || block.type !== 'tool_use' || !isRecord(block.input)) continue;
    const list = block.input.todos;
    if (!Array.isArray(list)) continue;
    const completed: string[] = [];
    const inProgress: string[] = [];
    for (const todo of list) {
      if (!isRecord(todo)) continue;
      const text = typeof todo.content === 'string' ? todo.content : typeof todo.subject === 'string' ? todo.subject : undefined;
      const clean = text?.replace(/\s+/g, ' ').trim().slice(0, MAX_TODO_CHARS);
      if (!clean) continue;
      if (todo.status === 'completed') completed.push(clean);
      else if (todo.status === 'in_progress') inProgress.push(clean);
    }
    return { completed, inProgress };
  }
  return undefined;
}

/** The line's `timestamp` in ms; +Infinity when absent or unreadable (then it is not filtered out). */
function timestampMs(entry: unknown): number {
  if (!isRecord(entry) || typeof entry.timestamp !== 'string') return Number.POSITIVE_INFINITY;
  const ms = Date.parse(entry.timestamp);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readTail(path: string, maxBytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return '';
    const size = stat.size;
    const start = Math.max(0, size - maxBytes);
    const buffer = Buffer.allocUnsafe(size - start);
    let total = 0;
    while (total < buffer.length) {
      const read = readSync(fd, buffer, total, buffer.length - total, start + total);
      if (read === 0) break;
      total += read;
    }
    const text = buffer.subarray(0, total).toString('utf8');
    // A tail read starts mid-line: drop that fragment.
    return start === 0 ? text : text.slice(text.indexOf('\n') + 1);
  } finally {
    closeSync(fd);
  }
}
