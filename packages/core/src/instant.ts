/**
 * An ISO-8601 date-time compared as an instant, never as a string:
 * `2026-01-10T14:00:00+01:00` is earlier than `2026-01-10T13:30:00Z`.
 */
export interface Instant {
  /** Milliseconds since the epoch (whole ms). */
  readonly epochMs: number;
  /** Sub-millisecond part in nanoseconds (0..999999), so `.1234` and `.1235` still order. */
  readonly subMsNanos: number;
  /** Normalised UTC form, e.g. `2026-01-10T13:03:52Z` or `2026-01-10T13:03:52.123Z`. */
  readonly iso: string;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

export function parseInstant(text: string): Instant | undefined {
  const match = ISO_DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '00', frac = '', zulu, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (!zulu) {
    const offH = Number(oh);
    const offM = Number(om);
    if (offH > 23 || offM > 59) return undefined;
    offsetMinutes = (sign === '-' ? -1 : 1) * (offH * 60 + offM);
  }
  const nanosTotal = Number(frac.padEnd(9, '0'));
  const ms = Math.floor(nanosTotal / 1e6);
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
  // Date.UTC maps years 0..99 to 1900..1999; reject them rather than silently shifting a century.
  if (year < 100 || !Number.isFinite(epochMs)) return undefined;
  return new UtcInstant(epochMs, nanosTotal % 1e6);
}

export function instantFromEpochMs(epochMs: number): Instant {
  return new UtcInstant(Math.floor(epochMs), 0);
}

/**
 * An Instant that keeps only its two numbers and formats `iso` when asked: a folded state holds an
 * instant per event and per checkpoint, and their ISO strings are needed only while rendering.
 */
export class UtcInstant implements Instant {
  constructor(
    readonly epochMs: number,
    readonly subMsNanos: number,
  ) {}

  get iso(): string {
    return formatInstant(this.epochMs, this.subMsNanos);
  }

  toJSON(): { epochMs: number; subMsNanos: number; iso: string } {
    return { epochMs: this.epochMs, subMsNanos: this.subMsNanos, iso: this.iso };
  }
}

export function compareInstants(a: Instant, b: Instant): number {
  return a.epochMs - b.epochMs || a.subMsNanos - b.subMsNanos;
}

/** UTC, `Z`, milliseconds only when present (and sub-ms digits only when present). */
export function formatInstant(epochMs: number, subMsNanos = 0): string {
  if (Number.isInteger(epochMs) && epochMs >= FOUR_DIGIT_YEARS_FROM && epochMs <= FOUR_DIGIT_YEARS_TO) return formatFast(epochMs, subMsNanos);
  const base = new Date(epochMs).toISOString(); // always YYYY-MM-DDTHH:MM:SS.mmmZ for our range
  const ms = epochMs - Math.floor(epochMs / 1000) * 1000;
  if (ms === 0 && subMsNanos === 0) return `${base.slice(0, 19)}Z`;
  const fraction = `${String(ms).padStart(3, '0')}${subMsNanos === 0 ? '' : String(subMsNanos).padStart(6, '0')}`;
  return `${base.slice(0, 19)}.${fraction.replace(/0+$/, '')}Z`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// A rendered ledger formats an instant per checkpoint line (100k at 100k events): Date's
// toISOString once per day, arithmetic for the time of day, is ~4× faster. Same bytes as the
// general path above, which still handles years outside 0000..9999 and fractional input.
const MS_PER_DAY = 86_400_000;
const FOUR_DIGIT_YEARS_FROM = -62_167_219_200_000; // 0000-01-01T00:00:00Z
const FOUR_DIGIT_YEARS_TO = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
let cachedDay = Number.NaN;
let cachedDayPrefix = '';

function formatFast(epochMs: number, subMsNanos: number): string {
  const day = Math.floor(epochMs / MS_PER_DAY);
  if (day !== cachedDay) {
    cachedDayPrefix = new Date(day * MS_PER_DAY).toISOString().slice(0, 11); // YYYY-MM-DDT
    cachedDay = day;
  }
  let rest = epochMs - day * MS_PER_DAY;
  const ms = rest % 1000;
  rest = (rest - ms) / 1000;
  const second = rest % 60;
  rest = (rest - second) / 60;
  const minute = rest % 60;
  const time = `${cachedDayPrefix}${twoDigits((rest - minute) / 60)}:${twoDigits(minute)}:${twoDigits(second)}`;
  if (ms === 0 && subMsNanos === 0) return `${time}Z`;
  const fraction = `${String(ms).padStart(3, '0')}${subMsNanos === 0 ? '' : String(subMsNanos).padStart(6, '0')}`;
  let end = fraction.length;
  while (fraction.charCodeAt(end - 1) === 48) end--;
  return `${time}.${fraction.slice(0, end)}Z`;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
