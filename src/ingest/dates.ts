// Feed dates to ISO 8601, keeping the source's own UTC offset so the calendar day in file names
// is the author's day, not the reader's.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

function valid(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 24 || mi > 59 || s > 60) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCDate() === d && t.getUTCMonth() === mo - 1;
}

function compose(y: number, mo: number, d: number, h: number, mi: number, s: number, off: number): string | undefined {
  if (!valid(y, mo, d, h, mi, s)) return undefined;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(Math.min(s, 59))}${offsetText(off)}`;
}

function zone(z: string | undefined): number {
  if (!z) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  return ZONES[z.toUpperCase()] ?? 0;
}

function year(y: string): number {
  const n = Number(y);
  if (y.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  return n;
}

/** Parses RFC 822/1123, ISO 8601/W3CDTF and what Date.parse accepts; undefined when it is not a date. */
export function toIsoDate(input: string | undefined): string | undefined {
  if (!input) return undefined;
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s) return undefined;
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s);
  if (m) {
    return compose(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), zone(m[7]));
  }
  m = /^(?:[A-Za-z]+,?\s*)?(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*\.?[ -](\d{2,4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?/.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) {
    return compose(year(m[3]), MONTHS[m[2].toLowerCase()], Number(m[1]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), zone(m[7]));
  }
  // Date.parse reads zone-less text in the machine's zone; pin it to UTC so output is the same everywhere.
  let t = Date.parse(`${s} GMT`);
  if (!Number.isFinite(t)) t = Date.parse(s);
  if (!Number.isFinite(t)) return undefined;
  const d = new Date(t);
  if (d.getUTCFullYear() < 1000 || d.getUTCFullYear() > 9999) return undefined;
  return compose(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), 0);
}
