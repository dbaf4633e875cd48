/**
 * The `---` frontmatter split of gray-matter 4.0.3 (`parseMatter` in its index.js), for the options
 * parse-event passes (the default `---` delimiters, language "yaml", no excerpt, no sections), without
 * the file object, `defineProperty` calls, option merging and Buffer copy gray-matter makes per call.
 * gray-matter stays the reference: test/core/frontmatter.test.ts compares this with it on generated text.
 *
 * gray-matter's quirks are kept on purpose, because events have always been read through them:
 * - the frontmatter ends at the first "\n---" wherever it is, so "\n----" or "\n---foo" closes it too
 *   (and what follows those three dashes on that line starts the content);
 * - without a closing "\n---" everything after the opening line is frontmatter and the content is empty;
 * - "----..." at the start is not an opening delimiter (the whole text is content);
 * - the language is the trimmed rest of the opening line; without any line break it is the rest of the
 *   text minus its last character (`slice(0, -1)`), and that last character is all the frontmatter;
 * - frontmatter that is blank once lines of `#` comments are removed is "empty": no engine is called.
 */
export type FrontmatterSplit =
  /** The text does not open with a "---" delimiter: gray-matter's data is `{}`, its content the text. */
  | { readonly kind: 'none'; readonly content: string }
  | {
      readonly kind: 'frontmatter';
      /** The engine's name: the opening line's language tag, or "yaml" without one. */
      readonly language: string;
      /** The text gray-matter hands the engine (`file.matter`). */
      readonly matter: string;
      /** True when gray-matter skips the engine (blank once `#` comment lines are dropped); data is `{}`. */
      readonly empty: boolean;
      /** gray-matter's `content`: the text after the closing delimiter and one line break. */
      readonly content: string;
    };

const OPEN = '---';
const CLOSE = '\n---';
const DEFAULT_LANGUAGE = 'yaml';

export function splitFrontmatter(input: string): FrontmatterSplit {
  // toFile: strip one BOM. (`matter('')` returns early with the same answer.)
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (!text.startsWith(OPEN) || text.charAt(OPEN.length) === '-') return { kind: 'none', content: text };
  let rest = text.slice(OPEN.length);
  // matter.language: the rest of the opening line (up to "\r\n" or "\n"), trimmed.
  const rawLanguage = rest.slice(0, lineBreakAt(rest));
  const tag = rawLanguage.trim();
  if (tag !== '') rest = rest.slice(rawLanguage.length);
  const closeAt = rest.indexOf(CLOSE);
  // gray-matter compares the index with the length before the language tag was cut off, which a found
  // index never reaches: "equal" means "not found".
  const closed = closeAt !== -1;
  const matter = closed ? rest.slice(0, closeAt) : rest;
  let content = '';
  if (closed) {
    content = rest.slice(closeAt + CLOSE.length);
    if (content.charCodeAt(0) === 0x0d) content = content.slice(1);
    if (content.charCodeAt(0) === 0x0a) content = content.slice(1);
  }
  return { kind: 'frontmatter', language: tag === '' ? DEFAULT_LANGUAGE : tag, matter, empty: isBlankMatter(matter), content };
}

/** `str.search(/\r?\n/)` */
function lineBreakAt(text: string): number {
  const at = text.indexOf('\n');
  if (at > 0 && text.charCodeAt(at - 1) === 0x0d) return at - 1;
  return at;
}

/** gray-matter: `file.matter.replace(/^\s*#[^\n]+/gm, '').trim() === ''`. */
function isBlankMatter(matter: string): boolean {
  // Most frontmatter has a line starting with a letter: not blank, no regex needed.
  if (/^[ \t\n]*[A-Za-z]/.test(matter)) return false;
  return matter.replace(/^\s*#[^\n]+/gm, '').trim() === '';
}
