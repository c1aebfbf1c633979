/**
 * The `removed` list of an imported article: every piece of the capture that the article does not keep, with the
 * exact text taken out, in the capture's order, so the build's faithfulness check (src/lib/content/faithfulness.ts)
 * passes. The pieces are not reconstructed from what the converters say they did, which could miss a change: they
 * are read off the capture itself, by lining the article's words up with the capture's. What the converters know
 * (the headline, a byline, a date, a sign-up line) then names each piece and says which field kept it.
 */
import {
  articleText,
  captureText,
  comparableText,
  findUnfaithfulness,
  sentenceAt,
  type CaptureKind,
} from '../../src/lib/content/faithfulness';
import type { KeptAsField } from '../../src/schema';
import { chromeRule, type NoteContext } from './chrome-rules';
import type { Draft } from './types';

/** One entry of the `removed` list, as the front matter writes it. */
export interface ExactRemoval {
  /** What the text was, for a reader. */
  what: string;
  /** The text taken out, as the capture has it (runs of white space written as one space). */
  text: string;
  /** The front-matter field that kept it, when it was metadata rather than page chrome. */
  keptAs?: KeptAsField;
}

/** What a converter knows it took out; `situated` names it after where it stood ("before the article, …"). */
export interface KnownRemoval extends ExactRemoval {
  situated?: boolean;
}

export type RemovalsResult = { ok: true; removed: ExactRemoval[] } | { ok: false; problem: string };

/**
 * What the converter knows it took out, in source order: page chrome by its rule, the lines that became
 * front-matter fields, and the elements of a page left out, each by its rule and tag. With `headlineReplaced`, the
 * editor's title replaced the source's headline, so the headline was kept by no field.
 */
export function knownRemovals(
  draft: Draft,
  context: NoteContext,
  { headlineReplaced }: { headlineReplaced: boolean },
): (KnownRemoval & { line: number })[] {
  const earlier = new Map<string, number>();
  const chrome = draft.removals.map((removal) => {
    const count = earlier.get(removal.rule) ?? 0;
    earlier.set(removal.rule, count + 1);
    const what = chromeRule(removal.rule).describe(removal, context, count);
    return { line: removal.line, text: removal.text, what: removal.afterArticle ? `after the article, ${what}` : what };
  });
  const moved = draft.moved.map(({ field, line, text, what }) =>
    field === 'title' && headlineReplaced
      ? { line, text, what: "the source's headline, which the editor's note quotes" }
      : { line, text, what, keptAs: field },
  );
  const elements = draft.droppedElements.flatMap(({ line, element, reason, text }) =>
    text ? [{ line, text, what: `${element} (${reason})`, situated: true }] : [],
  );
  return [...moved, ...chrome, ...elements].sort((a, b) => a.line - b.line);
}

/** A word of comparable text, and whether white space stood before it. */
interface Token {
  value: string;
  spaced: boolean;
}

/**
 * The words of comparable text (one space between words), with markup split off the words it touches, so that
 * `<a href="…">words</a>` in a copied text lines up with the article's link "words".
 */
function tokens(text: string): Token[] {
  return text
    .split(' ')
    .filter(Boolean)
    .flatMap((word) =>
      word
        .split(/(?=<\/?[a-z!])|(?<=>)/i)
        .filter(Boolean)
        .map((value, i) => ({ value, spaced: i === 0 })),
    );
}

const joined = (run: readonly Token[]): string =>
  run.map((token, i) => (i > 0 && token.spaced ? ` ${token.value}` : token.value)).join('');

/** Above this many word pairs the alignment would take too much memory; no real article comes near it. */
const MOST_CELLS = 80_000_000;
const NONE = 0xffff;

/**
 * Where each article word stands in the capture, chosen so the capture's words left over fall into as few runs
 * as possible (so a paragraph the page also shows as a teaser lines up with the article, not the teaser); or the
 * index of the first article word that cannot be placed after the ones before it.
 */
function align(
  article: readonly string[],
  capture: readonly string[],
): { at: number[] } | { missing: number } | { tooLong: true } {
  const ids = new Map<string, number>();
  const id = (word: string) => ids.get(word) ?? (ids.set(word, ids.size), ids.size - 1);
  const a = Int32Array.from(article, id);
  const c = Int32Array.from(capture, id);
  const m = a.length;
  const n = c.length;
  // Without a way to place every word, report the first that cannot follow the ones before it.
  let from = 0;
  for (let k = 0; k < m; k++) {
    while (from < n && c[from] !== a[k]) from++;
    if (from === n) return { missing: k };
    from++;
  }
  if (m === 0) return { at: [] };
  if (m * n > MOST_CELLS) return { tooLong: true };
  // runs[k * n + j]: the fewest runs of left-over capture words when article word k stands at capture word j.
  const runs = new Uint16Array(m * n).fill(NONE);
  for (let j = 0; j < n; j++) if (c[j] === a[0]) runs[j] = j > 0 ? 1 : 0;
  for (let k = 1; k < m; k++) {
    const previous = k - 1;
    let before = NONE;
    for (let j = 1; j < n; j++) {
      if (j >= 2) before = Math.min(before, runs[previous * n + j - 2] as number);
      if (c[j] !== a[k]) continue;
      const next = runs[previous * n + j - 1] as number;
      const best = Math.min(next, before === NONE ? NONE : before + 1);
      runs[k * n + j] = best;
    }
  }
  let end = -1;
  let fewest = NONE;
  for (let j = 0; j < n; j++) {
    const value = runs[(m - 1) * n + j] as number;
    if (value === NONE) continue;
    const total = value + (j < n - 1 ? 1 : 0);
    if (total <= fewest) {
      fewest = total;
      end = j;
    }
  }
  const at = new Array<number>(m);
  let j = end;
  for (let k = m - 1; k > 0; k--) {
    at[k] = j;
    const value = runs[k * n + j] as number;
    if (runs[(k - 1) * n + j - 1] === value) j -= 1;
    else {
      let back = j - 2;
      while (back >= 0 && runs[(k - 1) * n + back] !== value - 1) back--;
      j = back;
    }
  }
  at[0] = j;
  return { at };
}

/** The capture's words the article does not keep, as runs of token indexes `[start, end)`. */
function leftOver(at: readonly number[], count: number): [number, number][] {
  const gaps: [number, number][] = [];
  let next = 0;
  for (const position of [...at, count]) {
    if (position > next) gaps.push([next, position]);
    next = position + 1;
  }
  return gaps;
}

/**
 * The `removed` list that takes the article from its capture, naming each piece by what the converter knows of
 * it. Fails, with a reason that finishes "expected …, found …", when the article holds words the capture does not
 * show in that order, or when the build could not tell where a piece was taken from.
 */
export function exactRemovals(input: {
  body: string;
  capture: string;
  kind: CaptureKind;
  known: readonly KnownRemoval[];
}): RemovalsResult {
  const { body, capture, kind } = input;
  const articleWords = articleText(body, kind);
  const article = tokens(articleWords);
  const captured = tokens(captureText(capture, kind));
  const placed = align(
    article.map((token) => token.value),
    captured.map((token) => token.value),
  );
  if ('tooLong' in placed)
    return {
      ok: false,
      problem:
        `expected an article and capture the importer can line up word by word, found ${article.length} words ` +
        `against ${captured.length}; import a smaller part of the page, or write the article by hand`,
    };
  if ('missing' in placed) {
    const offset = article.slice(0, placed.missing).reduce((sum, token) => sum + token.value.length + 1, 0);
    return {
      ok: false,
      problem:
        `expected the article's words to be the capture's words less what was taken out, found words the capture ` +
        `does not show as text in that order: "${sentenceAt(articleWords, Math.min(offset, articleWords.length - 1))}"`,
    };
  }
  const known = input.known.map((removal) => ({
    removal,
    words: tokens(comparableText(removal.text)).map((token) => token.value),
  }));
  const used = new Set<number>();
  const firstKept = placed.at[0] ?? captured.length;
  const lastKept = placed.at.at(-1) ?? -1;
  const gaps = leftOver(placed.at, captured.length).map(([start, end]) => {
    const where =
      start < firstKept ? 'before the article' : start > lastKept ? 'after the article' : 'within the article';
    const pieces: ExactRemoval[] = [];
    let unnamed: number | undefined;
    const flush = (to: number) => {
      if (unnamed === undefined) return;
      pieces.push({ what: unnamedWhat(where, kind), text: joined(captured.slice(unnamed, to)) });
      unnamed = undefined;
    };
    for (let t = start; t < end;) {
      const match = known
        .map((entry, index) => ({ ...entry, index }))
        .filter(
          ({ words, index }) =>
            !used.has(index) &&
            words.length > 0 &&
            t + words.length <= end &&
            words.every((word, i) => captured[t + i]?.value === word),
        )
        .sort((x, y) => y.words.length - x.words.length)[0];
      if (!match) {
        unnamed ??= t;
        t++;
        continue;
      }
      flush(t);
      used.add(match.index);
      const { situated, ...removal } = match.removal;
      pieces.push({
        ...removal,
        ...(situated ? { what: `${where}, ${removal.what}` } : {}),
        text: joined(captured.slice(t, t + match.words.length)),
      });
      t += match.words.length;
    }
    flush(end);
    return pieces;
  });

  const check = (removed: ExactRemoval[]) =>
    findUnfaithfulness({ body, capture, captureKind: kind, removed: removed.map(({ text }) => ({ text })) });
  const named = gaps.flat();
  if (!check(named)) return { ok: true, removed: named };
  // A short piece (a date label, a bullet) may also stand earlier in the article, where the build would take
  // it from; the whole run it belongs to is longer and stands only where it was taken. Runs are joined one at a
  // time, in the capture's order, so the others keep their names and fields.
  const join = (pieces: ExactRemoval[]): ExactRemoval => {
    if (pieces.length === 1) return pieces[0] as ExactRemoval;
    const keptAs = pieces.every((piece) => piece.keptAs === pieces[0]?.keptAs) ? pieces[0]?.keptAs : undefined;
    return {
      what: pieces.map((piece) => piece.what).join('; '),
      text: pieces.map((piece) => piece.text).join(' '),
      ...(keptAs ? { keptAs } : {}),
    };
  };
  const runs = gaps.map((pieces) => [...pieces]);
  for (const [index, pieces] of gaps.entries()) {
    if (pieces.length < 2) continue;
    runs[index] = [join(pieces)];
    if (!check(runs.flat())) return { ok: true, removed: runs.flat() };
  }
  const merged = runs.flat();
  const problem = check(merged);
  if (!problem) return { ok: true, removed: merged };
  const found =
    problem.kind === 'text-differs'
      ? `where they first differ, the article has "${problem.article}" and the capture less what was taken out has "${problem.capture}"`
      : `"${problem.text}" is not in the capture`;
  return {
    ok: false,
    problem:
      'expected an article the build can hold to its capture, found that a piece taken out of the capture also ' +
      `stands earlier in the article, so the build would take it from there: ${found}`,
  };
}

function unnamedWhat(where: string, kind: CaptureKind): string {
  return kind === 'html'
    ? `${where}, text of the page that is not the article (the import report lists each element left out)`
    : `${where}, text the importer did not keep (the import report lists each change)`;
}
