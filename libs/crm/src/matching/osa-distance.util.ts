// Reused between calls: matching runs this hundreds of thousands of times per import.
let rows = new Int32Array(3 * 64);
// Per UTF-16 code unit, the positions where it occurs in the pattern; cleared after each use.
const positions = new Int32Array(65536);

/**
 * Optimal-string-alignment distance (Levenshtein plus a swap of two neighbouring characters as one
 * edit, each substring edited at most once), counted in UTF-16 code units. With `max`, work stops as
 * soon as the distance must exceed it and `max + 1` is returned, so callers only learn "too far".
 */
export function osaDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  const longest = la > lb ? la : lb;
  // An integer bound keeps the arithmetic below in small integers.
  const limit = max < longest ? Math.floor(max) | 0 : longest;
  const over = limit + 1;
  if (Math.abs(la - lb) > limit) return over;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  if (la <= 32 || lb <= 32) {
    const distance = la <= lb ? bitParallel(a, b) : bitParallel(b, a);
    return distance <= limit ? distance : over;
  }
  const width = lb + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  // Three rolling rows in one array (locals, not module state, so the loop stays in registers).
  const cells = rows;
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= lb; j++) cells[previous + j] = j <= limit ? j : over;
  for (let i = 1; i <= la; i++) {
    // Only cells within `limit` of the diagonal can stay within `limit`.
    const from = i - limit > 1 ? i - limit : 1;
    const to = i + limit < lb ? i + limit : lb;
    cells[current] = i <= limit ? i : over;
    if (from > 1) cells[current + from - 1] = over;
    const ca = a.charCodeAt(i - 1);
    const caBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    let rowMin = from === 1 ? cells[current] : over;
    let cbBefore = from > 1 ? b.charCodeAt(from - 2) : -1;
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = cells[previous + j - 1] + (ca === cb ? 0 : 1);
      const deletion = cells[previous + j] + 1;
      if (deletion < value) value = deletion;
      const insertion = cells[current + j - 1] + 1;
      if (insertion < value) value = insertion;
      if (ca === cbBefore && caBefore === cb && j > 1) {
        const swap = cells[before + j - 2] + 1;
        if (swap < value) value = swap;
      }
      if (value > over) value = over;
      cells[current + j] = value;
      if (value < rowMin) rowMin = value;
      cbBefore = cb;
    }
    if (to < lb) cells[current + to + 1] = over;
    if (rowMin > limit) return over;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  const result = cells[previous + lb];
  return result > limit ? over : result;
}

/**
 * Hyyrö's bit-vector OSA distance (2003), for a pattern of at most 32 code units: one pass over the
 * text with a few word operations per character, several times faster than the table.
 */
function bitParallel(pattern: string, text: string): number {
  const m = pattern.length;
  for (let i = 0; i < m; i++) positions[pattern.charCodeAt(i)] |= 1 << i;
  const last = 1 << (m - 1);
  let vp = -1;
  let vn = 0;
  let d0 = 0;
  let previousMatches = 0;
  let distance = m;
  for (let j = 0; j < text.length; j++) {
    const matches = positions[text.charCodeAt(j)];
    const transposed = ((~d0 & matches) << 1) & previousMatches;
    // The sum may carry past 32 bits; `^` truncates it back, which is the word arithmetic wanted.
    d0 = (((matches & vp) + vp) ^ vp) | matches | vn | transposed;
    let hp = vn | ~(d0 | vp);
    let hn = d0 & vp;
    if (hp & last) distance++;
    if (hn & last) distance--;
    hp = (hp << 1) | 1;
    hn = hn << 1;
    vp = hn | ~(d0 | hp);
    vn = hp & d0;
    previousMatches = matches;
  }
  for (let i = 0; i < m; i++) positions[pattern.charCodeAt(i)] = 0;
  return distance;
}
