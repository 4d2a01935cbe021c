/** Levenshtein distance, small inputs only. @internal */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * The closest candidate to a misspelt key, if one is close enough to be a likely typo
 * (a decimal comma for a dot, a stray space, one or two wrong characters).
 *
 * An indicator code is suggested from its own criterion first: "18.1" is one edit from both
 * "1.1" and "18.x", and an official who typed 18 meant criterion 18. When any candidate
 * belongs to the received code's criterion (its leading number), only those are considered.
 * @example
 * didYouMean('18.1', ['1.1', '17.10', '18.x']); // '18.x'
 * didYouMean('17,8', ['17.8', '17.9']);         // '17.8'
 * @internal
 */
export function didYouMean(received: string, candidates: readonly string[]): string | undefined {
  const normalised = received.trim().replace(/,/g, '.').replace(/\s+/g, '').toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === normalised);
  if (exact) return exact;
  const criterion = criterionOf(normalised);
  const sameCriterion = criterion === undefined ? [] : candidates.filter((c) => criterionOf(c) === criterion);
  return closest(normalised, sameCriterion.length > 0 ? sameCriterion : candidates);
}

/** The leading number of a code ("18" of "18.1", "5" of "5a"), if it has one. */
function criterionOf(code: string): string | undefined {
  return /^(\d+)(?:[.a-z]|$)/i.exec(code)?.[1];
}

function closest(normalised: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.min(2, Math.floor(normalised.length / 3)));
  for (const candidate of candidates) {
    // The length difference bounds the distance from below: a long junk key costs nothing.
    if (Math.abs(candidate.length - normalised.length) > bestDistance) continue;
    const d = distance(normalised, candidate.toLowerCase());
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** A short, safe description of any received value, for issue messages. @internal */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
