import { normalizeText } from '../normalize-text.js';

/**
 * Human prose on the generated id page lives between delimited markers, one pair per anchor:
 *
 *   <!-- prose #97 -->
 *   Why #97 matters…
 *   <!-- /prose #97 -->
 *
 * Everything outside the markers is regenerated; everything inside is carried over verbatim.
 */
export const PAGE_PROSE_KEY = 'page';

const OPEN = /^<!-- prose (\S{1,40}) -->[ \t]*$/;
const CLOSE = /^<!-- \/prose (\S{1,40}) -->[ \t]*$/;
const ANY_MARKER = /^<!-- \/?prose\b/;
const CONFLICT = /^(<{7}|>{7}|={7}|\|{7})( |$)/;

export function openMarker(key: string): string {
  return `<!-- prose ${key} -->`;
}

export function closeMarker(key: string): string {
  return `<!-- /prose ${key} -->`;
}

/** `conflicted`: the page held git conflict markers and the blocks were merged from both sides. */
export type ProseResult = { ok: true; blocks: Map<string, string>; conflicted?: true } | { ok: false; reason: string };

/**
 * Read the prose blocks of a page (key → text, only blocks with non-blank text). A page whose
 * markers do not pair up is refused with the line number: rebuilding it could lose someone's prose.
 *
 * A page left conflicted by a merge (each branch rebuilt and committed it) is read as its two sides:
 * the generated parts are regenerated anyway, so only the prose matters. A block on one side only,
 * or the same on both, is kept; a block changed differently on both sides (base known, from
 * diff3-style markers, or not) is refused, because picking one would silently lose the other.
 */
export function parseProse(pageText: string): ProseResult {
  const lines = normalizeText(pageText).split('\n');
  if (!lines.some((line) => CONFLICT.test(line))) return parseBlocks(lines);
  const sides = splitConflict(lines);
  if (!sides.ok) return sides;
  const ours = parseBlocks(sides.ours);
  if (!ours.ok) return { ok: false, reason: `our side of the conflict: ${ours.reason}` };
  const theirs = parseBlocks(sides.theirs);
  if (!theirs.ok) return { ok: false, reason: `their side of the conflict: ${theirs.reason}` };
  const base = sides.base ? parseBlocks(sides.base) : undefined;
  const blocks = new Map<string, string>();
  const clashes: string[] = [];
  for (const key of new Set([...ours.blocks.keys(), ...theirs.blocks.keys()])) {
    const mine = ours.blocks.get(key);
    const other = theirs.blocks.get(key);
    const before = base?.ok ? base.blocks.get(key) : undefined;
    // A side that emptied a block loses to a side that has text: keeping prose is the safe default.
    if (mine === undefined || mine === other || (before !== undefined && before === mine)) blocks.set(key, other ?? mine!);
    else if (other === undefined || before === other) blocks.set(key, mine);
    else clashes.push(key);
  }
  if (clashes.length > 0) {
    return {
      ok: false,
      reason: `prose ${clashes.join(', ')} differs between the two sides of the conflict; edit the page so each of those blocks reads the same on both sides (or delete one side's version), then rebuild`,
    };
  }
  return { ok: true, blocks, conflicted: true };
}

type Sides = { ok: true; ours: string[]; theirs: string[]; base: string[] | undefined } | { ok: false; reason: string };

/** Rebuild both sides of a conflicted file from git's markers (and the base, when every hunk shows it). */
function splitConflict(lines: readonly string[]): Sides {
  const ours: string[] = [];
  const theirs: string[] = [];
  const base: string[] = [];
  let hunks = 0;
  let basedHunks = 0;
  let state: 'common' | 'ours' | 'base' | 'theirs' = 'common';
  let opened = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = CONFLICT.exec(line)?.[1]?.[0];
    const stray = () => ({ ok: false as const, reason: `line ${i + 1} is a git conflict marker out of place (${line.slice(0, 7)}); settle the page by hand, then rebuild` });
    if (marker === '<') {
      if (state !== 'common') return stray();
      state = 'ours';
      opened = i + 1;
      hunks++;
    } else if (marker === '|') {
      if (state !== 'ours') return stray();
      state = 'base';
      basedHunks++;
    } else if (marker === '=') {
      if (state !== 'ours' && state !== 'base') return stray();
      state = 'theirs';
    } else if (marker === '>') {
      if (state !== 'theirs') return stray();
      state = 'common';
    } else if (state === 'common') {
      ours.push(line);
      theirs.push(line);
      base.push(line);
    } else if (state === 'ours') ours.push(line);
    else if (state === 'base') base.push(line);
    else theirs.push(line);
  }
  if (state !== 'common') return { ok: false, reason: `the git conflict opened on line ${opened} is never closed; settle the page by hand, then rebuild` };
  return { ok: true, ours, theirs, base: hunks > 0 && basedHunks === hunks ? base : undefined };
}

function parseBlocks(lines: readonly string[]): { ok: true; blocks: Map<string, string> } | { ok: false; reason: string } {
  const blocks = new Map<string, string>();
  const seen = new Set<string>();
  let open: { key: string; line: number; body: string[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const where = `line ${i + 1}`;
    const opening = OPEN.exec(line);
    const closing = CLOSE.exec(line);
    if (opening) {
      if (open) return { ok: false, reason: `${where} opens prose ${opening[1]} inside prose ${open.key} (opened on line ${open.line})` };
      if (seen.has(opening[1]!)) return { ok: false, reason: `${where} opens prose ${opening[1]} a second time` };
      seen.add(opening[1]!);
      open = { key: opening[1]!, line: i + 1, body: [] };
    } else if (closing) {
      if (!open) return { ok: false, reason: `${where} closes prose ${closing[1]} that was never opened` };
      if (closing[1] !== open.key) return { ok: false, reason: `${where} closes prose ${closing[1]} but prose ${open.key} is open (line ${open.line})` };
      const text = open.body.join('\n');
      if (text.trim() !== '') blocks.set(open.key, text);
      open = undefined;
    } else if (ANY_MARKER.test(line)) {
      return { ok: false, reason: `${where} looks like a prose marker but is malformed; expected "${openMarker('#97')}" or "${closeMarker('#97')}"` };
    } else if (open) open.body.push(line);
  }
  if (open) return { ok: false, reason: `prose ${open.key} opened on line ${open.line} is never closed (add "${closeMarker(open.key)}")` };
  return { ok: true, blocks };
}
