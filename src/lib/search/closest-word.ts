/**
 * The candidate nearest to `word` by edit distance, or `undefined` when none is
 * close enough to be a likely typo (at most a third of the word's letters differ).
 * @example closestWord('tilte', ['title', 'tags']) // 'title'
 */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  const lowered = word.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(lowered, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(1, Math.floor(word.length / 3)) ? best.candidate : undefined;
}

/**
 * Levenshtein distance, counting a swap of two neighbouring letters as one edit (optimal string alignment).
 * @example editDistance('kilgoru', 'kilgour') // 1
 */
export function editDistance(a: string, b: string): number {
  // distances[i * width + j] is the distance between the first i letters of a and the first j of b.
  const width = b.length + 1;
  const distances = new Uint16Array((a.length + 1) * width);
  const at = (i: number, j: number): number => distances[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) distances[i * width] = i;
  for (let j = 0; j <= b.length; j++) distances[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, at(i - 2, j - 2) + 1);
      }
      distances[i * width + j] = distance;
    }
  }
  return at(a.length, b.length);
}
