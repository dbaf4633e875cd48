import { quoteInput } from '../errors.js';
import { normalizeText } from '../normalize-text.js';
import { compareCodePoints } from '../stamp.js';
import { compareIdLabels, parseIdLabel } from './label.js';

/**
 * Why a page differs from a fresh projection, one line per divergence (empty when identical).
 * Rows are matched by id, list items by text, the footer by key, so a hand edit is named precisely.
 */
export function compareIdPage(actual: string | undefined, expected: string, pageName: string): string[] {
  if (actual === undefined) return [`${pageName} does not exist`];
  const page = normalizeText(actual);
  if (page === expected) return [];
  const have = outline(page);
  const want = outline(expected);
  const out: string[] = [];

  const ids = [...new Set([...have.rows.keys(), ...want.rows.keys()])].sort(compareRowKeys);
  for (const id of ids) {
    const a = have.rows.get(id);
    const b = want.rows.get(id);
    if (a === undefined) out.push(`${id}: missing from the page (record: ${quoteInput(b, 120)})`);
    else if (b === undefined) out.push(`${id}: on the page but not in the allocation record (${quoteInput(a, 120)})`);
    else if (a !== b) out.push(`${id}: page has ${quoteInput(a, 120)}, record gives ${quoteInput(b, 120)}`);
  }
  for (const item of want.items) if (!have.items.includes(item)) out.push(`missing from the page: ${quoteInput(item, 160)}`);
  for (const item of have.items) if (!want.items.includes(item)) out.push(`not in the record: ${quoteInput(item, 160)}`);
  const orderAt = have.order.findIndex((file, i) => want.order[i] !== file);
  if (orderAt >= 0 || have.order.length !== want.order.length) {
    const i = orderAt >= 0 ? orderAt : Math.min(have.order.length, want.order.length);
    const name = (file: string | undefined) => (file === undefined ? '(end of list)' : quoteInput(file, 100));
    out.push(`publication order, position ${i + 1}: page has ${name(have.order[i])}, record gives ${name(want.order[i])}`);
  }
  const keys = [...new Set([...have.footer.keys(), ...want.footer.keys()])].sort(compareCodePoints);
  for (const key of keys) {
    const a = have.footer.get(key);
    const b = want.footer.get(key);
    if (a !== b) out.push(`footer ${key}: page has ${a === undefined ? '(none)' : quoteInput(a, 80)}, record gives ${b === undefined ? '(none)' : quoteInput(b, 80)}`);
  }
  if (out.length === 0) out.push(firstDifference(page, expected));
  return out;
}

interface Outline {
  /** Table rows of the Ids section, by the id in their first cell. */
  readonly rows: Map<string, string>;
  /** Amendment and gap list items. */
  readonly items: string[];
  /** Allocation files of the publication order section, in order. */
  readonly order: string[];
  readonly footer: Map<string, string>;
}

function outline(text: string): Outline {
  const rows = new Map<string, string>();
  const items: string[] = [];
  const order: string[] = [];
  const footer = new Map<string, string>();
  let section = '';
  let inFooter = false;
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line === '_ids:' && lines[i - 1] === '---') inFooter = true;
    else if (inFooter) {
      const match = /^ {2}([a-z_]+): (.*)$/.exec(line);
      if (match) footer.set(match[1]!, match[2]!);
    } else if (line.startsWith('## ')) section = line.slice(3).trim();
    else if (section === 'Ids' && line.startsWith('| ')) {
      const id = line.slice(2).split(' |', 1)[0]!.split(' (', 1)[0]!.trim();
      if (id !== 'Id') rows.set(id, line);
    } else if ((section === 'Amendments' || section === 'Gaps') && line.startsWith('- ')) items.push(`${section}: ${line.slice(2)}`);
    else if (section === 'Publication order') {
      const match = /^\d+\. `([^`]+)`$/.exec(line);
      if (match) order.push(match[1]!);
    }
  });
  return { rows, items, order, footer };
}

function compareRowKeys(a: string, b: string): number {
  const la = parseIdLabel(a);
  const lb = parseIdLabel(b);
  if (la.ok && lb.ok) return compareIdLabels(la.label, lb.label);
  return compareCodePoints(a, b);
}

function firstDifference(page: string, expected: string): string {
  const a = page.split('\n');
  const b = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return `line ${i + 1}: page has ${a[i] === undefined ? '(end of file)' : quoteInput(a[i], 100)}, record gives ${b[i] === undefined ? '(end of file)' : quoteInput(b[i], 100)}`;
    }
  }
  return 'the page differs from the record';
}
