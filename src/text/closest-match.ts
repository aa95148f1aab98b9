/** Edit distance between two strings (Levenshtein), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[t.length];
}

/**
 * The allowed value closest to what was typed, when it is close enough and no other value is as close.
 * Guessing between two equally close values would mislead an editor, so then we suggest nothing.
 */
export function closestMatch(input: string, allowed: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(input.length / 3));
  const scored = allowed.map((value) => ({ value, distance: editDistance(input, value) }));
  const best = Math.min(...scored.map((s) => s.distance));
  const closest = scored.filter((s) => s.distance === best);
  return best <= limit && closest.length === 1 ? closest[0].value : undefined;
}
