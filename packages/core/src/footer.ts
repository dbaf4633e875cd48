/** The `_synthesized` footer of a rendered ledger, read back for staleness checks. */
export interface LedgerFooter {
  readonly eventCount: number;
  readonly latestTs: string | undefined;
  readonly generatedAt: string;
  readonly digest: string;
}

const FOOTER =
  /\n---\n_synthesized:\n {2}event_count: (\d+)\n {2}latest_ts: (\S+)\n {2}generated_at: (\S+)\n {2}digest: (sha256:[0-9a-f]{64})\n---\n?$/;

/** Returns undefined when the text has no well-formed footer (hand-written or foreign file). */
export function parseFooter(text: string): LedgerFooter | undefined {
  const match = FOOTER.exec(text.replace(/\r\n/g, '\n'));
  if (!match) return undefined;
  const [, count, latest, generatedAt, digest] = match;
  return {
    eventCount: Number(count),
    latestTs: latest === 'null' ? undefined : latest,
    generatedAt: generatedAt!,
    digest: digest!,
  };
}
