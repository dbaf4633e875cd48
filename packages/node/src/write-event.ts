import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { eventFileName, parseEvent, serializeEvent, type EventBody, type EventHeader } from '@ledger-synth/core';
import { LedgerError } from '@ledger-synth/core';
import { createFileExclusive } from './atomic-write.js';

export interface WrittenEvent {
  readonly path: string;
  readonly fileName: string;
  readonly text: string;
}

/**
 * Publish a new immutable event file into `eventsDir`. The name carries a random nonce, so two
 * sessions of the same agent in the same millisecond get two files; the write is exclusive and
 * atomic (temp file, then link), so readers never see a partial event and nothing is overwritten.
 * The text is parsed back before writing: we never publish a file the synthesizer would skip.
 */
export function writeEventFile(eventsDir: string, header: EventHeader, body: EventBody, epochMs: number): WrittenEvent {
  const text = serializeEvent(header, body);
  for (let attempt = 0; attempt < 5; attempt++) {
    const fileName = eventFileName(epochMs, header.agent, randomBytes(4).toString('hex'));
    const check = parseEvent(text, fileName);
    if (!check.ok) throw new LedgerError('E_INTERNAL', `refusing to write an invalid event: ${check.issue.reason}`);
    const path = join(eventsDir, fileName);
    try {
      createFileExclusive(path, text);
      return { path, fileName, text };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new LedgerError('E_WRITE', `could not write event ${path}: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  throw new LedgerError('E_WRITE', `could not find a free event file name in ${eventsDir}`);
}
