/**
 * Page chrome: text that came with a copied page but is not the article. Every rule the importer
 * removes text by is in this file, with the reason the report prints and the words the editor's
 * note uses, so an editor can see at a glance what the importer will drop.
 */
import type { Removal } from './types';

/** What the editor's note needs to name removed images. */
export interface NoteContext {
  publication?: string;
  sourceUrl?: string;
}

export interface ChromeRule {
  id: string;
  /** Why such text is not the article, for the report. */
  reason: string;
  /**
   * A whole line (trimmed, spaces as in the source) that the rule removes. Rules without a
   * pattern depend on the line's place in the text and are applied by the converters.
   */
  pattern?: RegExp;
  /**
   * How the `removed` list names one removal of this rule; `earlier` counts the removals of the same rule
   * before it, so a second one can read "another unrelated headline".
   */
  describe: (removal: Removal, context: NoteContext, earlier: number) => string;
}

const quoted = (removal: Removal): string => `"${plainSpaces(removal.text)}"`;

/** The whole list: line rules first, then the rules that depend on where a line stands. */
export const CHROME_RULES = [
  {
    id: 'sign-up-form',
    reason: 'sign-up form',
    pattern: /^(?:sign up (?:to|for|now)\b|subscribe (?:now|today)\b|by submitting this form\b|enter your email\b)/i,
    describe: (removal) => `the sign-up form line ${quoted(removal)}`,
  },
  {
    id: 'social-prompt',
    reason: 'social-media or newsletter prompt',
    pattern: /^(?:follow us\s+on\b|like us\s+on\b|share (?:this|on)\b|click to share\b|join us\s+on\b)/i,
    describe: (removal) => `the line ${quoted(removal)}`,
  },
  {
    id: 'widget-text',
    reason: 'stray text of an embedded widget',
    pattern: /^HTML tutorial$/i,
    describe: (removal) => `the stray widget text ${quoted(removal)}`,
  },
  {
    id: 'advertisement-label',
    reason: 'advertisement label',
    pattern:
      /^(?:advertisements?|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading below)$/i,
    describe: (removal) => `the advertisement label ${quoted(removal)}`,
  },
  {
    id: 'topic-promotion',
    reason: 'promotion of the publisher’s topic page and feeds',
    pattern: /^Click \S+ to read about\b/i,
    describe: (removal, _context, earlier) =>
      `${earlier === 0 ? 'a' : 'another'} promotion of the publisher's topic page and feeds ("${firstWords(removal.text, 2)} …")`,
  },
  {
    id: 'obscured-email',
    reason: 'email address the page had hidden from copying',
    pattern: /^\[email\s+protected\]$/i,
    describe: (_removal, _context, earlier) => `${earlier === 0 ? 'an' : 'another'} obscured email address`,
  },
  {
    id: 'publisher-sign-off',
    reason: 'publisher’s sign-off and newsletter promotion',
    pattern: /^\S.*\bpublishes in \d+ countries\b/i,
    describe: (removal) => `the line ${quoted(removal)}`,
  },
  {
    id: 'repeated-headline',
    reason: 'second copy of the headline',
    describe: (_removal, _context, earlier) =>
      earlier === 0 ? 'a second copy of the headline' : 'another copy of the headline',
  },
  {
    id: 'relative-date',
    reason: 'date relative to the day the page was copied, wrong on any other day',
    describe: (removal) => `the relative date ${quoted(removal)} after the ${removal.follows ?? 'date'}`,
  },
  {
    id: 'captioned-image',
    reason: 'image hosted on another site; marked in the text as not preserved, with its caption',
    describe: (removal, context) => describeImage(removal, context),
  },
  {
    id: 'unrelated-headline',
    reason: 'headline after the page’s closing chrome, linking to another article',
    describe: (_removal, _context, earlier) => (earlier === 0 ? 'an unrelated headline' : 'another unrelated headline'),
  },
] as const satisfies readonly ChromeRule[];

export type ChromeRuleId = (typeof CHROME_RULES)[number]['id'];

/** The rule with this id. */
export function chromeRule(id: ChromeRuleId): ChromeRule {
  return CHROME_RULES.find((rule) => rule.id === id) as ChromeRule;
}

/** The first line rule that removes this whole line, if any. */
export function matchChromeRule(line: string): ChromeRule | undefined {
  return (CHROME_RULES as readonly ChromeRule[]).find((rule) => rule.pattern?.test(line.trim()));
}

/**
 * A date given relative to the day the page was viewed, in parentheses after a real date.
 * @example RELATIVE_DATE.exec('July 2, 2024 (3 weeks ago)')?.[0] // '(3 weeks ago)'
 */
export const RELATIVE_DATE =
  /\((?:about |over |almost )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:second|minute|hour|day|week|month|year)s? ago\)/i;

/**
 * Elements of an HTML page that are never the article, with the reason the report prints. They are
 * removed wherever they stand, also inside the article element; `wholePageOnly` rules apply only
 * when the page has no article or main element, because an article's own header holds its headline.
 */
export const HTML_CHROME_SELECTORS: readonly { selector: string; reason: string; wholePageOnly?: boolean }[] = [
  { selector: 'script, noscript, template', reason: 'script' },
  { selector: 'style, link', reason: 'style sheet' },
  { selector: 'nav, [role=navigation]', reason: 'navigation' },
  { selector: 'form, button, input, select, textarea, [role=search]', reason: 'form' },
  { selector: 'aside, [role=complementary]', reason: 'sidebar' },
  { selector: 'iframe, object, embed, video, audio, canvas, svg', reason: 'embedded frame or media player' },
  {
    selector:
      '[class~=ad], [class~=ads], [class~=advert], [class~=advertisement], [class~=sponsored], [class~=promo], ' +
      '[id^=ad-], [id^=ads-], [class^=ad-], [class*=" ad-"], [id^=google_ads], ins.adsbygoogle',
    reason: 'advertisement',
  },
  { selector: '[hidden], [aria-hidden=true]', reason: 'hidden element' },
  {
    selector: ':scope > header, :scope > footer, [role=banner], [role=contentinfo]',
    reason: 'site header or footer',
    wholePageOnly: true,
  },
];

function describeImage(removal: Removal, context: NoteContext): string {
  const image = removal.image;
  if (!image) return 'an image';
  const kind = /\.(?:jpe?g)(?:$|[?#])/i.test(image.src) ? 'a photo' : 'an image';
  return `${kind} hosted on ${describeHost(image.src, context)}, marked in the text as not preserved with its caption "${plainSpaces(image.caption)}"`;
}

/** "the publisher's site" when the image's host is the source's own, else the host name. */
function describeHost(src: string, context: NoteContext): string {
  let host: string;
  try {
    host = new URL(src).hostname.toLowerCase();
  } catch {
    return 'another site';
  }
  const squashed = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const sourceHost = context.sourceUrl ? safeHost(context.sourceUrl) : undefined;
  const publisherHost =
    (sourceHost !== undefined && sameSite(host, sourceHost)) ||
    (context.publication !== undefined && squashed(host).includes(squashed(context.publication)));
  return publisherHost ? "the publisher's site" : host;
}

const safeHost = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};

const sameSite = (a: string, b: string): boolean => a.replace(/^www\./, '') === b.replace(/^www\./, '');

/** Text as the editor's note quotes it: no-break spaces and runs of spaces become one plain space. */
export const plainSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Items joined as a sentence lists them.
 * @example joinAnd(['a', 'b', 'c']) // 'a, b and c'
 */
export function joinAnd(items: readonly string[], and = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

const firstWords = (text: string, n: number): string => plainSpaces(text).split(' ').slice(0, n).join(' ');
