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
  return publishEventText(eventsDir, { agent: header.agent, epochMs, text, kind: 'event' }, (fileName) => {
    const check = parseEvent(text, fileName);
    return check.ok ? undefined : check.issue.reason;
  });
}

export interface EventTextToPublish {
  readonly agent: string;
  readonly epochMs: number;
  readonly text: string;
  /** For messages: "event", "allocation", … */
  readonly kind: string;
}

/**
 * The one way an immutable event file of any kind (ledger event, id allocation) is created: a
 * collision-free name, a validation of the exact text under that name, an exclusive atomic write.
 * `validate` returns a reason when the text must not be published.
 */
export function publishEventText(
  eventsDir: string,
  event: EventTextToPublish,
  validate: (fileName: string) => string | undefined,
): WrittenEvent {
  for (let attempt = 0; attempt < 5; attempt++) {
    const fileName = eventFileName(event.epochMs, event.agent, randomBytes(4).toString('hex'));
    const problem = validate(fileName);
    if (problem !== undefined) throw new LedgerError('E_INTERNAL', `refusing to write an invalid ${event.kind}: ${problem}`);
    const path = join(eventsDir, fileName);
    try {
      createFileExclusive(path, event.text);
      return { path, fileName, text: event.text };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new LedgerError('E_WRITE', `could not write ${event.kind} ${path}: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  throw new LedgerError('E_WRITE', `could not find a free ${event.kind} file name in ${eventsDir}`);
}
