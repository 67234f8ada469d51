// Word-level comparison of two texts for the revision history. Myers' O((N+M)·D) algorithm in its
// linear-space form (middle snake, divide and conquer) over interned tokens, so comparing two
// 5,000-word versions stays fast and small. A work budget guards against pathological inputs:
// past it, the remaining span is reported as removed-then-added, which is still a correct diff.

export type DiffKind = 'same' | 'added' | 'removed';
export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** Words (with inner hyphens, apostrophes and dots, as in `hüquq-mühafizə` or `3.5`), runs of whitespace, single other characters. */
const TOKEN = /\s+|[\p{L}\p{M}\p{N}]+(?:[-'’.,:/][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Snake steps allowed per comparison; far above what real edits of a long release need. */
const DEFAULT_BUDGET = 5_000_000;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function diffWords(a: string, b: string, budget = DEFAULT_BUDGET): DiffPart[] {
  const aTokens = tokenize(a);
  const bTokens = tokenize(b);
  const ids = new Map<string, number>();
  const intern = (token: string) => {
    let tokenId = ids.get(token);
    if (tokenId === undefined) ids.set(token, (tokenId = ids.size));
    return tokenId;
  };
  const ops = new Myers(Int32Array.from(aTokens, intern), Int32Array.from(bTokens, intern), budget).run();

  const raw: DiffPart[] = [];
  let ai = 0;
  let bi = 0;
  for (const op of ops) {
    const text = op.kind === 'added' ? bTokens.slice(bi, bi + op.count) : aTokens.slice(ai, ai + op.count);
    if (op.kind !== 'added') ai += op.count;
    if (op.kind !== 'removed') bi += op.count;
    raw.push({ kind: op.kind, text: text.join('') });
  }
  return tidy(raw);
}

/**
 * Makes the result readable: whitespace kept between two changes joins them (so a rewritten phrase
 * reads as one removal and one addition rather than word-by-word confetti), and within each changed
 * stretch the removed text comes before the added text.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flushChange = () => {
    if (removed) result.push({ kind: 'removed', text: removed });
    if (added) result.push({ kind: 'added', text: added });
    removed = added = '';
  };
  parts.forEach((part, i) => {
    const inChange = removed !== '' || added !== '';
    const nextIsChange = i + 1 < parts.length && parts[i + 1].kind !== 'same';
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else if (inChange && nextIsChange && /^\s+$/.test(part.text)) {
      removed += part.text;
      added += part.text;
    } else {
      flushChange();
      const last = result[result.length - 1];
      if (last?.kind === 'same') last.text += part.text;
      else result.push({ kind: 'same', text: part.text });
    }
  });
  flushChange();
  return result;
}

interface Op {
  kind: DiffKind;
  count: number;
}

class Myers {
  private readonly ops: Op[] = [];

  constructor(
    private readonly a: Int32Array,
    private readonly b: Int32Array,
    private budget: number,
  ) {}

  run(): Op[] {
    this.compare(0, this.a.length, 0, this.b.length);
    return this.ops;
  }

  private push(kind: DiffKind, count: number) {
    if (count === 0) return;
    const last = this.ops[this.ops.length - 1];
    if (last?.kind === kind) last.count += count;
    else this.ops.push({ kind, count });
  }

  private compare(aStart: number, aEnd: number, bStart: number, bEnd: number): void {
    const { a, b } = this;
    let prefix = 0;
    while (aStart + prefix < aEnd && bStart + prefix < bEnd && a[aStart + prefix] === b[bStart + prefix]) prefix++;
    this.push('same', prefix);
    aStart += prefix;
    bStart += prefix;
    let suffix = 0;
    while (aEnd - suffix > aStart && bEnd - suffix > bStart && a[aEnd - suffix - 1] === b[bEnd - suffix - 1]) suffix++;
    aEnd -= suffix;
    bEnd -= suffix;

    if (aStart === aEnd || bStart === bEnd) {
      this.push('removed', aEnd - aStart);
      this.push('added', bEnd - bStart);
    } else {
      const split = this.middleSnake(aStart, aEnd, bStart, bEnd);
      if (split) {
        this.compare(aStart, split[0], bStart, split[1]);
        this.compare(split[0], aEnd, split[1], bEnd);
      } else {
        this.push('removed', aEnd - aStart);
        this.push('added', bEnd - bStart);
      }
    }
    this.push('same', suffix);
  }

  /**
   * Finds a point on an optimal edit path by searching from both ends at once; returns it as
   * absolute positions in a and b, or null when the spans share nothing or the budget is spent.
   */
  private middleSnake(aStart: number, aEnd: number, bStart: number, bEnd: number): [number, number] | null {
    const { a, b } = this;
    const n = aEnd - aStart;
    const m = bEnd - bStart;
    const maxD = Math.ceil((n + m) / 2);
    const offset = maxD + 1;
    const size = 2 * maxD + 3;
    const forward = new Int32Array(size).fill(-1);
    const backward = new Int32Array(size).fill(-1);
    forward[offset + 1] = 0;
    backward[offset + 1] = 0;
    const delta = n - m;
    // With an odd delta the paths can only meet while extending the forward one, else the backward.
    const checkOnForward = (delta & 1) !== 0;
    let kForwardStart = 0;
    let kForwardEnd = 0;
    let kBackwardStart = 0;
    let kBackwardEnd = 0;

    for (let d = 0; d < maxD; d++) {
      if (this.budget <= 0) return null;
      for (let k = -d + kForwardStart; k <= d - kForwardEnd; k += 2) {
        const i = offset + k;
        let x = k === -d || (k !== d && forward[i - 1] < forward[i + 1]) ? forward[i + 1] : forward[i - 1] + 1;
        let y = x - k;
        const x0 = x;
        while (x < n && y < m && a[aStart + x] === b[bStart + y]) {
          x++;
          y++;
        }
        this.budget -= x - x0 + 1;
        forward[i] = x;
        if (x > n) kForwardEnd += 2;
        else if (y > m) kForwardStart += 2;
        else if (checkOnForward) {
          const j = offset + delta - k;
          if (j >= 0 && j < size && backward[j] !== -1 && x >= n - backward[j]) return [aStart + x, bStart + y];
        }
      }
      for (let k = -d + kBackwardStart; k <= d - kBackwardEnd; k += 2) {
        const i = offset + k;
        let x = k === -d || (k !== d && backward[i - 1] < backward[i + 1]) ? backward[i + 1] : backward[i - 1] + 1;
        let y = x - k;
        const x0 = x;
        while (x < n && y < m && a[aEnd - x - 1] === b[bEnd - y - 1]) {
          x++;
          y++;
        }
        this.budget -= x - x0 + 1;
        backward[i] = x;
        if (x > n) kBackwardEnd += 2;
        else if (y > m) kBackwardStart += 2;
        else if (!checkOnForward) {
          const j = offset + delta - k;
          if (j >= 0 && j < size && forward[j] !== -1) {
            const fx = forward[j];
            const fy = fx - (j - offset);
            if (fx >= n - x) return [aStart + fx, bStart + fy];
          }
        }
      }
    }
    return null;
  }
}
