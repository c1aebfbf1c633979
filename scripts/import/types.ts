import type { Root } from 'mdast';
import type { KeptAsField } from '../../src/schema';
import type { ChromeRuleId } from './chrome-rules';

/** The front-matter fields the importer can read from a source. */
export type FoundField = 'title' | 'description' | 'authors' | 'publication' | 'sourceUrl' | 'published' | 'updated';

/** One piece of metadata the source states, and where it states it. */
export interface Finding {
  field: FoundField;
  value: string | string[];
  /** The source lines it was read from (1-based). */
  lines: number[];
  /** How it was recognised, for the report: `byline "By Petr Svab"`. */
  how: string;
}

/** Something removed from the source because it is not the article. */
export interface Removal {
  rule: ChromeRuleId;
  /** The source line it was on (1-based). */
  line: number;
  /** What was removed, as the source wrote it. */
  text: string;
  /** `true` when it came after the article's last line of text. */
  afterArticle: boolean;
  /** What the removed text stood after, when only part of a line went: `publication date`. */
  follows?: string;
  /** For a removed image: its address and the caption that stays in the text. */
  image?: { src: string; caption: string };
}

/** Text of the source that moved into a front-matter field instead of staying in the article's text. */
export interface MovedText {
  field: KeptAsField;
  /** The source line it was on (1-based). */
  line: number;
  /** The text as the source wrote it. */
  text: string;
  /** How the `removed` list names it: "the headline", "the label of the update date". */
  what: string;
}

/** An element of an HTML page that is not the article. */
export interface DroppedElement {
  line: number;
  /** The tag as the report shows it: `<nav class="site-nav">`. */
  element: string;
  reason: string;
  /** Its text as a browser shows it, runs of white space as one space, to name it in the `removed` list. */
  text?: string;
}

/** A change of form that keeps the words, listed so the editor can check it. */
export interface LayoutChange {
  lines: number[];
  what: string;
}

/**
 * What a converter makes of one source: the article body, what the source states about itself,
 * and every decision along the way. Options are applied later, in `article.ts`.
 */
export interface Draft {
  format: 'text' | 'html';
  body: Root;
  found: Finding[];
  removals: Removal[];
  /** The headline, byline and date lines that became front-matter fields, in source order. */
  moved: MovedText[];
  /** HTML elements left out as page chrome or as outside the article; empty for plain text. */
  droppedElements: DroppedElement[];
  changes: LayoutChange[];
  /** Things the editor should check: an ambiguous date, a link that could not be kept. */
  warnings: string[];
  /** The source's headline, when it has one. */
  headline?: string;
  /** The text of the article's first paragraph, to tell whether a supplied title was drawn from it. */
  openingParagraph?: string;
  /** `true` when the byline stands after the article's text. */
  bylineAtEnd: boolean;
  /** The language the page declares (`<html lang>`); plain text declares none. */
  declaredLang?: string;
}
