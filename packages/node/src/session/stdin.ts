import type { Readable } from 'node:stream';

export interface StdinOptions {
  /** Stop waiting after this long; whatever arrived is returned. */
  readonly timeoutMs: number;
  /** Stop reading past this many bytes (the hook input is a small JSON object). */
  readonly maxBytes: number;
}

export interface StdinResult {
  readonly text: string;
  /** Why reading stopped: the stream ended, a complete JSON object arrived, the timer fired, or the size limit. */
  readonly stoppedBy: 'end' | 'json' | 'timeout' | 'limit' | 'error' | 'tty';
}

/**
 * Read a hook's stdin without trusting it to close. Claude Code writes one JSON object; as soon as
 * the text read so far parses as a complete object we stop, so a stdin that is never closed costs
 * nothing. A silent or partial stdin costs at most `timeoutMs`. Never rejects.
 */
export function readStdinWithTimeout(stream: Readable & { isTTY?: boolean }, options: StdinOptions): Promise<StdinResult> {
  if (stream.isTTY) return Promise.resolve({ text: '', stoppedBy: 'tty' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (stoppedBy: StdinResult['stoppedBy']) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.pause();
      resolve({ text: Buffer.concat(chunks).toString('utf8'), stoppedBy });
    };
    const onData = (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(buffer);
      size += buffer.length;
      if (size > options.maxBytes) return finish('limit');
      if (looksComplete(chunks)) finish('json');
    };
    const onEnd = () => finish('end');
    const onError = () => finish('error');
    const timer = setTimeout(() => finish('timeout'), options.timeoutMs);
    timer.unref();
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
    stream.resume();
  });
}

function looksComplete(chunks: readonly Buffer[]): boolean {
  const last = chunks[chunks.length - 1]!;
  // Cheap pre-check: only try to parse when the text so far ends with a closing brace.
  let end = last.length - 1;
  while (end >= 0 && (last[end] === 0x20 || last[end] === 0x0a || last[end] === 0x0d || last[end] === 0x09)) end--;
  if (end < 0 || last[end] !== 0x7d) return false;
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof value === 'object' && value !== null;
  } catch {
    return false;
  }
}
