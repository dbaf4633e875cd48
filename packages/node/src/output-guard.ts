import { statSync } from 'node:fs';
import { LedgerError } from '@ledger-synth/core';
import type { LockHandle } from './lock.js';

/** What a file is on disk: every atomic write is a new inode, an edit in place changes size/mtime/ctime. */
type Identity = string;

function identityOf(path: string): Identity {
  try {
    const s = statSync(path, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    return `unreadable:${(error as NodeJS.ErrnoException).code ?? ''}`;
  }
}

export interface OutputGuard {
  /**
   * Throws E_LOCK_LOST (nothing may be written) if the lock is no longer this run's, or if the
   * output is no longer the file this run read. Call it at the last moment, just before the rename.
   */
  check(): void;
}

/**
 * Old or new, never older: take this under the lock, before the run reads `output`. A holder that
 * was frozen (SIGSTOP, laptop sleep, slow fsync) past the stale bound has lost its lock, and the
 * run that took it over may have written a newer ledger meanwhile; the fold is monotone, so the
 * frozen run's view is older and must not replace it.
 */
export function guardOutput(lock: LockHandle, output: string): OutputGuard {
  const seen = identityOf(output);
  return {
    check() {
      const now = identityOf(output);
      if (now !== seen) {
        throw new LedgerError(
          'E_LOCK_LOST',
          `${output} changed while this run was synthesizing (another run or a git operation wrote it after this one read it); nothing was written`,
          { hint: 'Run the command again: it reads the events as they are now.' },
        );
      }
      lock.assertHeld();
    },
  };
}
