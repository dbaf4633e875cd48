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
const CONFLICT = /^(<{7}|>{7}|={7})( |$)/;

export function openMarker(key: string): string {
  return `<!-- prose ${key} -->`;
}

export function closeMarker(key: string): string {
  return `<!-- /prose ${key} -->`;
}

export type ProseResult = { ok: true; blocks: Map<string, string> } | { ok: false; reason: string };

/**
 * Read the prose blocks of a page (key → text, only blocks with non-blank text). A page whose
 * markers do not pair up is refused with the line number: rebuilding it could lose someone's prose.
 */
export function parseProse(pageText: string): ProseResult {
  const lines = normalizeText(pageText).split('\n');
  const blocks = new Map<string, string>();
  const seen = new Set<string>();
  let open: { key: string; line: number; body: string[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const where = `line ${i + 1}`;
    if (CONFLICT.test(line)) {
      return { ok: false, reason: `${where} is a git conflict marker; keep one side of the page (e.g. git checkout --theirs), then rebuild` };
    }
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
