/**
 * Glob patterns without a dependency: `*` and `?` within one path segment, `[abc]`, `[a-z]`, `[!x]`,
 * and `**` for any number of segments. Matching is a table over segments and, within a segment, the
 * two-pointer wildcard walk: no pattern can make it backtrack exponentially.
 */

type Token = { readonly kind: 'star' } | { readonly kind: 'one' } | { readonly kind: 'char'; readonly char: string } | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly (readonly [string, string])[] };

type Segment = { readonly kind: 'globstar' } | { readonly kind: 'tokens'; readonly tokens: readonly Token[] };

export interface Glob {
  /** The directory to walk: the pattern's leading segments that hold no wildcard ('.' when none). */
  readonly base: string;
  /** How deep under `base` a match can lie; Infinity with `**`. */
  readonly maxDepth: number;
  /** Whether a path relative to `base`, `/`-separated, matches. */
  matches(relativePath: string): boolean;
}

export function isGlobPattern(argument: string): boolean {
  return /[*?[]/.test(argument);
}

export function compileGlob(pattern: string): Glob {
  const parts = pattern.split(/[\\/]/);
  const firstWild = parts.findIndex((part) => isGlobPattern(part));
  const baseParts = parts.slice(0, firstWild);
  const base = baseParts.length === 0 ? '.' : baseParts.join('/') === '' ? '/' : baseParts.join('/');
  const segments: Segment[] = parts
    .slice(firstWild)
    .filter((part) => part !== '')
    .map((part) => (part === '**' ? { kind: 'globstar' } : { kind: 'tokens', tokens: tokenize(part) }));
  const maxDepth = segments.some((segment) => segment.kind === 'globstar') ? Infinity : segments.length;
  return { base, maxDepth, matches: (relativePath) => matchSegments(segments, relativePath.split('/')) };
}

/** `reachable[i][j]`: the first i pattern segments can match the first j path segments. */
function matchSegments(pattern: readonly Segment[], path: readonly string[]): boolean {
  let previous = new Array<boolean>(path.length + 1).fill(false);
  previous[0] = true;
  for (const segment of pattern) {
    const current = new Array<boolean>(path.length + 1).fill(false);
    for (let j = 0; j <= path.length; j++) {
      if (segment.kind === 'globstar') {
        current[j] = previous[j] || (j > 0 && current[j - 1]);
      } else if (j > 0) {
        current[j] = previous[j - 1] && matchTokens(segment.tokens, path[j - 1]);
      }
    }
    previous = current;
  }
  return previous[path.length];
}

/** The classic wildcard walk: on a mismatch, retry from the last `*`, which absorbs one more character. */
function matchTokens(tokens: readonly Token[], text: string): boolean {
  let t = 0;
  let p = 0;
  let starToken = -1;
  let starText = 0;
  while (t < text.length) {
    const token = tokens[p];
    if (token !== undefined && token.kind === 'star') {
      starToken = p++;
      starText = t;
    } else if (token !== undefined && matchesOne(token, text[t])) {
      p++;
      t++;
    } else if (starToken >= 0) {
      p = starToken + 1;
      t = ++starText;
    } else {
      return false;
    }
  }
  while (tokens[p]?.kind === 'star') {
    p++;
  }
  return p === tokens.length;
}

function matchesOne(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'one':
      return true;
    case 'char':
      return token.char === char;
    case 'class':
      return token.ranges.some(([low, high]) => char >= low && char <= high) !== token.negated;
    case 'star':
      return false;
  }
}

function tokenize(part: string): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < part.length; index++) {
    const char = part[index];
    if (char === '*') {
      if (tokens.at(-1)?.kind !== 'star') {
        tokens.push({ kind: 'star' });
      }
    } else if (char === '?') {
      tokens.push({ kind: 'one' });
    } else if (char === '[') {
      const close = part.indexOf(']', index + 2);
      if (close < 0) {
        tokens.push({ kind: 'char', char });
        continue;
      }
      let body = part.slice(index + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) {
        body = body.slice(1);
      }
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([body[k], body[k + 2]]);
          k += 2;
        } else {
          ranges.push([body[k], body[k]]);
        }
      }
      tokens.push({ kind: 'class', negated, ranges });
      index = close;
    } else {
      tokens.push({ kind: 'char', char });
    }
  }
  return tokens;
}
