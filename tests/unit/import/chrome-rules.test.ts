import { describe, expect, it } from 'vitest';
import {
  CHROME_RULES,
  RELATIVE_DATE,
  chromeRule,
  joinAnd,
  matchChromeRule,
  type ChromeRuleId,
} from '../../../scripts/import/chrome-rules';
import type { Removal } from '../../../scripts/import/types';

const removal = (rule: ChromeRuleId, text: string, extra: Partial<Removal> = {}): Removal => ({
  rule,
  line: 1,
  text,
  afterArticle: true,
  ...extra,
});

/**
 * Each line rule with lines from the seeds (and the like) that it must remove, and article sentences
 * that look similar and must stay.
 */
const LINE_RULE_CASES: Record<string, { removes: string[]; keeps: string[] }> = {
  'sign-up-form': {
    removes: [
      'Sign up to receive our latest news!',
      'By submitting this form, I agree to the terms.',
      'Subscribe now for full access',
      'Enter your email address',
    ],
    keeps: ['Signing up for the programme was voluntary.', 'By 2006, the reports had multiplied.'],
  },
  'social-prompt': {
    removes: [
      'Follow us\u00a0on\u00a0Twitter or subscribe to our weekly email',
      'Like us on Facebook',
      'Share this article',
    ],
    keeps: ['Follow-up interviews confirmed the account.', 'Share prices fell on the news.'],
  },
  'widget-text': {
    removes: ['HTML tutorial', 'html tutorial'],
    keeps: ['The HTML tutorial was published in 2010.'],
  },
  'advertisement-label': {
    removes: ['Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'Sponsored content'],
    keeps: ['Advertisements for transplants appeared on hospital websites.'],
  },
  'topic-promotion': {
    removes: [
      'Click www.ept.ms/ccp-crisis to read about the most recent developments in the ongoing crisis within the Chinese communist regime.',
    ],
    keeps: ['Click-through rates were not published.'],
  },
  'obscured-email': {
    removes: ['[email\u00a0protected]', '[email protected]'],
    keeps: ['Write to [email protected] for a copy.'],
  },
  'publisher-sign-off': {
    removes: ['The Epoch Times publishes in 35 countries and in 19 languages.\u00a0Subscribe to our e-newsletter.'],
    keeps: ['The ministry publishes in Chinese only.'],
  },
};

describe('the line rules', () => {
  const lineRules = CHROME_RULES.filter((rule) => 'pattern' in rule);

  it('each have cases in this test', () => {
    expect(lineRules.map((rule) => rule.id).sort()).toEqual(Object.keys(LINE_RULE_CASES).sort());
  });

  describe.each(Object.entries(LINE_RULE_CASES))('%s', (id, { removes, keeps }) => {
    it.each(removes)('removes %j', (line) => {
      expect(matchChromeRule(line)?.id).toBe(id);
    });
    it.each(keeps)('keeps %j', (line) => {
      expect(matchChromeRule(line)?.id).not.toBe(id);
    });
  });

  it('match the whole line, ignoring the spaces around it', () => {
    expect(matchChromeRule('    HTML tutorial  ')?.id).toBe('widget-text');
  });

  it('remove no sentence of the seed articles', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../../fixtures/seeds/expected/', import.meta.url);
    const bodies = readdirSync(dir).map((file) => readFileSync(new URL(file, dir), 'utf8').split('\n---\n')[1] ?? '');
    const matched = bodies.flatMap((body) => body.split('\n').filter((line) => line.trim() && matchChromeRule(line)));
    expect(matched).toEqual([]);
  });
});

describe('how the removed list names what each rule removed', () => {
  it.each<[ChromeRuleId, Removal, number, string]>([
    [
      'sign-up-form',
      removal('sign-up-form', 'Sign up to receive our latest news!'),
      0,
      'the sign-up form line "Sign up to receive our latest news!"',
    ],
    [
      'social-prompt',
      removal('social-prompt', 'Follow us\u00a0on\u00a0Twitter or subscribe to our weekly email'),
      0,
      'the line "Follow us on Twitter or subscribe to our weekly email"',
    ],
    ['widget-text', removal('widget-text', 'HTML tutorial'), 0, 'the stray widget text "HTML tutorial"'],
    [
      'advertisement-label',
      removal('advertisement-label', 'Advertisement'),
      0,
      'the advertisement label "Advertisement"',
    ],
    [
      'topic-promotion',
      removal('topic-promotion', 'Click www.ept.ms/ccp-crisis to read about the most recent developments'),
      0,
      'a promotion of the publisher\'s topic page and feeds ("Click www.ept.ms/ccp-crisis …")',
    ],
    ['obscured-email', removal('obscured-email', '[email protected]'), 0, 'an obscured email address'],
    ['obscured-email', removal('obscured-email', '[email protected]'), 1, 'another obscured email address'],
    [
      'publisher-sign-off',
      removal('publisher-sign-off', 'The Epoch Times publishes in 35 countries.'),
      0,
      'the line "The Epoch Times publishes in 35 countries."',
    ],
    ['repeated-headline', removal('repeated-headline', 'Headline'), 0, 'a second copy of the headline'],
    ['repeated-headline', removal('repeated-headline', 'Headline'), 1, 'another copy of the headline'],
    [
      'relative-date',
      removal('relative-date', '(3 weeks ago)', { follows: 'publication date' }),
      0,
      'the relative date "(3 weeks ago)" after the publication date',
    ],
    [
      'captioned-image',
      removal('captioned-image', '<img>', {
        image: { src: 'https://www.theepochtimes.com/assets/uploads/2015/09/109810644.jpeg', caption: 'Wang Lijun' },
      }),
      0,
      'a photo hosted on the publisher\'s site, marked in the text as not preserved with its caption "Wang Lijun"',
    ],
    ['unrelated-headline', removal('unrelated-headline', 'Tea Drinking in China'), 0, 'an unrelated headline'],
    ['unrelated-headline', removal('unrelated-headline', '‘I Don’t Know’'), 1, 'another unrelated headline'],
  ])('%s', (id, one, earlier, words) => {
    expect(chromeRule(id).describe(one, { publication: 'The Epoch Times' }, earlier)).toBe(words);
  });

  it('names the host of an image from another site, and calls a non-JPEG an image', () => {
    const png = removal('captioned-image', '<img>', {
      image: { src: 'https://cdn.example.net/chart.png', caption: 'Chart' },
    });
    expect(chromeRule('captioned-image').describe(png, {}, 0)).toBe(
      'an image hosted on cdn.example.net, marked in the text as not preserved with its caption "Chart"',
    );
  });

  it('knows the publisher’s site by the source address too', () => {
    const photo = removal('captioned-image', '<img>', { image: { src: 'https://example.org/a.jpg', caption: 'A' } });
    expect(chromeRule('captioned-image').describe(photo, { sourceUrl: 'https://www.example.org/news/1' }, 0)).toBe(
      'a photo hosted on the publisher\'s site, marked in the text as not preserved with its caption "A"',
    );
  });
});

describe('RELATIVE_DATE', () => {
  it.each(['(3 weeks ago)', '(an hour ago)', '(1 day ago)', '(about 2 years ago)'])('finds %j', (text) => {
    expect(RELATIVE_DATE.exec(`July 2, 2024 ${text}`)?.[0]).toBe(text);
  });
  it.each(['(3 weeks)', '(ago)', '(in 3 weeks)'])('ignores %j', (text) => {
    expect(RELATIVE_DATE.test(text)).toBe(false);
  });
});

describe('joinAnd', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%j → %j', (items, text) => {
    expect(joinAnd(items)).toBe(text);
  });
  it('takes another conjunction', () => {
    expect(joinAnd(['author', 'date'], 'or')).toBe('author or date');
  });
});
