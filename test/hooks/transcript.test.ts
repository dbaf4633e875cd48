import { execFileSync, spawn } from 'node:child_process';
import { openSync, closeSync, readFileSync, truncateSync, writeFileSync, mkdirSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTranscriptTodos, todosFromJsonl } from '@ledger-synth/node';
import { testdir } from '../helpers/testdir.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const tasksFixture = readFileSync(join(FIXTURES, 'task-tools.jsonl'), 'utf8');
const todosFixture = readFileSync(join(FIXTURES, 'todo-write.jsonl'), 'utf8');

describe('transcript capture: TaskCreate / TaskUpdate (current Claude Code)', () => {
  it('replays creates and updates in order: completed, in progress, deleted and failed updates', () => {
    expect(todosFromJsonl(tasksFixture)).toEqual({
      completed: ['Write the login form', 'Validate the email field'],
      // The update to completed failed (is_error): the task is still in progress.
      inProgress: ['Wire the submit handler'],
      found: true,
    });
  });

  it('takes the id from the result text when toolUseResult is absent, and accepts numeric ids', () => {
    const lines = [
      { type: 'assistant', message: { content: [{ type: 'tool_use', id: 't1', name: 'TaskCreate', input: { subject: 'Read the spec' } }] } },
      { type: 'user', message: { content: [{ type: 'tool_result', tool_use_id: 't1', content: [{ type: 'text', text: 'Task #7 created successfully: Read the spec' }] }] } },
      { type: 'assistant', message: { content: [{ type: 'tool_use', id: 't2', name: 'TaskUpdate', input: { taskId: 7, status: 'completed' } }] } },
    ];
    expect(todosFromJsonl(lines.map((l) => JSON.stringify(l)).join('\n'))).toEqual({ completed: ['Read the spec'], inProgress: [], found: true });
  });

  it('a completion before the run started belongs to the earlier run; a task still in progress counts', () => {
    const sinceMs = Date.parse('2026-11-30T10:06:00Z');
    expect(todosFromJsonl(tasksFixture, sinceMs)).toEqual({
      completed: ['Validate the email field'],
      inProgress: ['Wire the submit handler'],
      found: true,
    });
  });

  it('a create whose result failed or never arrived creates nothing; an update of an unknown task without a subject is ignored', () => {
    const lines = [
      { type: 'assistant', message: { content: [{ type: 'tool_use', id: 'a', name: 'TaskCreate', input: { subject: 'Failed create' } }] } },
      { type: 'user', message: { content: [{ type: 'tool_result', tool_use_id: 'a', is_error: true, content: 'error' }] } },
      { type: 'assistant', message: { content: [{ type: 'tool_use', id: 'b', name: 'TaskCreate', input: { subject: 'No result yet' } }] } },
      { type: 'assistant', message: { content: [{ type: 'tool_use', id: 'c', name: 'TaskUpdate', input: { taskId: '99', status: 'completed' } }] } },
      { type: 'assistant', message: { content: [{ type: 'tool_use', id: 'd', name: 'TaskUpdate', input: { taskId: '98', status: 'completed', subject: 'Known by its update' } }] } },
    ];
    expect(todosFromJsonl(lines.map((l) => JSON.stringify(l)).join('\n'))).toEqual({ completed: ['Known by its update'], inProgress: [], found: true });
  });
});

describe('transcript capture: TodoWrite (earlier Claude Code)', () => {
  it('the last list wins', () => {
    expect(todosFromJsonl(todosFixture)).toEqual({ completed: ['Profile the export'], inProgress: ['Stream rows instead of buffering'], found: true });
  });

  it('a list written before the run started is not this run’s', () => {
    expect(todosFromJsonl(todosFixture, Date.parse('2026-11-30T09:30:00Z'))).toEqual({ completed: [], inProgress: [], found: false });
  });

  it('a transcript with both kinds gives the union', () => {
    const both = todosFromJsonl(`${todosFixture}${tasksFixture}`);
    expect(both.completed).toEqual(['Write the login form', 'Validate the email field', 'Profile the export']);
    expect(both.inProgress).toEqual(['Wire the submit handler', 'Stream rows instead of buffering']);
  });

  it('unknown shapes capture nothing', () => {
    const unknown = [
      { type: 'assistant', message: { content: [{ type: 'tool_use', id: 'x', name: 'TaskCreate', input: { title: 'renamed field' } }] } },
      { type: 'user', message: { content: [{ type: 'tool_result', tool_use_id: 'x', content: 'ok' }] }, toolUseResult: { task: { id: {} } } },
      { type: 'assistant', message: { content: [{ type: 'tool_use', id: 'y', name: 'TaskUpdate', input: { id: '1', state: 'done' } }] } },
      { type: 'assistant', message: { content: 'TaskCreate as text' } },
    ];
    expect(todosFromJsonl(unknown.map((l) => JSON.stringify(l)).join('\n'))).toEqual({ completed: [], inProgress: [], found: false });
  });
});

describe('transcript reads never block', () => {
  it('reads a regular file, and only its tail', async () => {
    const dir = testdir();
    const path = join(dir, 't.jsonl');
    writeFileSync(path, `${'x'.repeat(200)}\n${tasksFixture}`);
    expect((await readTranscriptTodos(path)).completed).toHaveLength(2);
    // A tail that starts mid-file drops the partial first line and still parses the rest.
    expect((await readTranscriptTodos(path, { maxBytes: tasksFixture.length + 50 })).completed).toHaveLength(2);
  });

  it('a FIFO with no writer: returns at once with nothing captured', async () => {
    const dir = testdir();
    const fifo = join(dir, 'transcript.jsonl');
    execFileSync('mkfifo', [fifo]);
    expect(await readTranscriptTodos(fifo, { timeoutMs: 60_000 })).toEqual({ completed: [], inProgress: [], found: false });
  });

  it('a FIFO whose writer never closes: not read', async () => {
    const dir = testdir();
    const fifo = join(dir, 'transcript.jsonl');
    execFileSync('mkfifo', [fifo]);
    // A writer holding the FIFO open (a reader that opened it would then block on read forever).
    const writer = spawn('sh', ['-c', `exec 3>"${fifo}"; printf '%s\\n' '${JSON.stringify(JSON.parse(tasksFixture.split('\n')[1]!))}' >&3; sleep 30`], { stdio: 'ignore' });
    try {
      expect(await readTranscriptTodos(fifo, { timeoutMs: 60_000 })).toEqual({ completed: [], inProgress: [], found: false });
    } finally {
      writer.kill('SIGKILL');
      // Unblock the writer's open if it is still waiting for a reader.
      try {
        closeSync(openSync(fifo, 'r+'));
      } catch {}
    }
  });

  it('a directory, a device and a missing path capture nothing', async () => {
    const dir = testdir();
    mkdirSync(join(dir, 'a-dir'));
    for (const path of [join(dir, 'a-dir'), '/dev/zero', '/dev/null', join(dir, 'missing.jsonl'), '']) {
      expect(await readTranscriptTodos(path)).toEqual({ completed: [], inProgress: [], found: false });
    }
  });

  it('a 4 GiB sparse file: only the tail is read, and the lines at its end are found', async () => {
    const dir = testdir();
    const path = join(dir, 'sparse.jsonl');
    writeFileSync(path, '');
    truncateSync(path, 4 * 1024 ** 3);
    appendFileSync(path, `\n${tasksFixture}`);
    const capture = await readTranscriptTodos(path, { timeoutMs: 60_000 });
    expect(capture.completed).toEqual(['Write the login form', 'Validate the email field']);
  });
});
