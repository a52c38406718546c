/**
 * How account (and contact) names are matched: case-insensitive, ignoring
 * surrounding and repeated space and full-width/half-width differences, so
 * `ＡＣＭＥ ` finds `Acme`. NFKC folds full-width forms to their ASCII twins.
 */

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Whether `text` has a Chinese (Han) character: only then are script folding and pinyin worth loading. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * How names are ordered in a language: in Chinese by pinyin (Node's ICU
 * collation for zh-CN: 阿里, 北京, 华东 …, Latin names after), otherwise by
 * their normalised key, as the store lists them.
 */
export function nameOrder(lang: 'en' | 'zh-CN'): (a: string, b: string) => number {
  if (lang === 'zh-CN') {
    const collator = new Intl.Collator('zh-CN');
    return (a, b) => collator.compare(a, b);
  }
  return (a, b) => {
    const [left, right] = [nameKey(a), nameKey(b)];
    return left < right ? -1 : left > right ? 1 : 0;
  };
}

export function nameKey(name: string): string {
  // toLowerCase, not toLocaleLowerCase: the same mapping outside Turkish and
  // Lithuanian, and 50x cheaper, which matters when importing a million rows.
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Cleans a display name without changing its case. */
export function cleanName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * Levenshtein distance over code points, bounded: once every path costs more
 * than `max`, it stops and returns `max + 1`. A suggestion only needs to know
 * whether two names are close, so a long name against a short one (or a
 * 10,000-character pasted note) costs O(length x max), not O(length²).
 * Without `max`, the exact distance.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  let left = [...a];
  let right = [...b];
  if (Math.abs(left.length - right.length) > max) return max + 1;
  // The shorter string indexes the row: less memory, and the band below is over the longer one.
  if (left.length < right.length) [left, right] = [right, left];
  if (right.length === 0) return Math.min(left.length, max + 1);
  const band = Number.isFinite(max) ? max : left.length + right.length;
  const beyond = max + 1;
  // Two rows, reused: only cells within `band` of the diagonal can stay at or under max, so
  // only those are computed, and the one cell just past the band is marked beyond for the next row.
  let previous = Array.from({ length: right.length + 1 }, (_, index) => (index <= band ? index : beyond));
  let current = new Array<number>(right.length + 1).fill(beyond);
  for (let i = 1; i <= left.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(right.length, i + band);
    current[from - 1] = from === 1 ? (i <= band ? i : beyond) : beyond;
    let rowMin = current[from - 1]!;
    for (let j = from; j <= to; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      const cell = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost, beyond);
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (to < right.length) current[to + 1] = beyond;
    if (rowMin > max) return beyond;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[right.length]!, beyond);
}

/**
 * The candidates closest to `input`, best first: substring hits first, then
 * small edit distances relative to the name length. Used for "did you mean".
 */
export function closestMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const wanted = nameKey(input);
  if (wanted === '') return [];
  const scored: { name: string; score: number }[] = [];
  for (const candidate of candidates) {
    const key = nameKey(candidate);
    let score: number;
    if (key.includes(wanted) || wanted.includes(key)) {
      score = 0;
    } else {
      // Scores over 0.5 are dropped, so neither distance needs computing past half the input's length.
      const max = Math.floor(wanted.length / 2);
      const distance = editDistance(wanted, [...key].slice(0, [...wanted].length).join(''), max);
      const full = editDistance(wanted, key, max);
      score = Math.min(distance, full) / Math.max(wanted.length, 1);
      if (score > 0.5) continue;
    }
    scored.push({ name: candidate, score });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  return scored.slice(0, limit).map((entry) => entry.name);
}
