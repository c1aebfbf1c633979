import { describe, expect, it } from 'vitest';
import { RELATED_OPTIONS, relatedArticles, type Relatable } from '../../../../src/lib/site/related';

const entry = (id: string, tags: string[], published?: string): Relatable => ({ id, data: { tags, published } });
const relatedIds = (articles: readonly Relatable[], id: string, limit = 5): string[] =>
  (relatedArticles(articles, limit).get(id) ?? []).map((a) => a.id);

describe('relatedArticles', () => {
  it('ranks by the number of shared topics first', () => {
    const articles = [
      entry('self', ['Falun Gong', 'Wang Lijun', 'United States'], '2012-06-20'),
      entry('one-shared', ['Falun Gong'], '2012-06-21'),
      entry('three-shared', ['Falun Gong', 'Wang Lijun', 'United States'], '2000-01-01'),
      entry('two-shared', ['Wang Lijun', 'United States'], '2024-07-02'),
    ];
    expect(relatedIds(articles, 'self')).toEqual(['three-shared', 'two-shared', 'one-shared']);
  });

  it('among equals, puts the closest in date first, then undated ones', () => {
    const articles = [
      entry('later-far', ['x'], '2024-01-01'),
      entry('later-near', ['x'], '2012-07-01'),
      entry('self', ['x'], '2012-06-20'),
      entry('earlier-near', ['x'], '2012-06-15'),
      entry('undated', ['x']),
    ];
    expect(relatedIds(articles, 'self')).toEqual(['earlier-near', 'later-near', 'later-far', 'undated']);
  });

  it('breaks an equal distance by the given order, which is newest first', () => {
    const articles = [
      entry('after', ['x'], '2012-06-25'),
      entry('self', ['x'], '2012-06-20'),
      entry('before', ['x'], '2012-06-15'),
    ];
    expect(relatedIds(articles, 'self')).toEqual(['after', 'before']);
  });

  it('relates an undated article to dated ones in the given order, then to undated ones', () => {
    const articles = [
      entry('new', ['x'], '2024-07-02'),
      entry('old', ['x'], '2012-06-20'),
      entry('u1', ['x']),
      entry('self', ['x']),
    ];
    expect(relatedIds(articles, 'self')).toEqual(['new', 'old', 'u1']);
  });

  it('never relates articles that share no topic, nor an article to itself', () => {
    const articles = [entry('self', ['x'], '2012-06-20'), entry('other', ['y'], '2012-06-20'), entry('untagged', [])];
    expect(relatedIds(articles, 'self')).toEqual([]);
    expect(relatedIds(articles, 'untagged')).toEqual([]);
  });

  it('counts spellings of one topic as that topic, and a topic an article repeats once', () => {
    const articles = [
      entry('self', ['Human Rights', 'human rights'], '2012-06-20'),
      entry('other', ['human-rights'], '2012-06-20'),
      entry('both', ['Human Rights', 'x'], '2030-01-01'),
    ];
    const related = relatedArticles(articles, 5);
    expect(related.get('self')?.map((a) => a.id)).toEqual(['other', 'both']);
  });

  it('gives at most `limit` articles, the best ones', () => {
    const articles = [entry('self', ['x'], '2012-06-20')];
    for (let day = 1; day <= 9; day++)
      articles.push(entry(`d${day}`, ['x'], `2012-06-${String(20 + day).padStart(2, '0')}`));
    expect(relatedIds(articles, 'self', 5)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(relatedIds(articles, 'self', 0)).toEqual([]);
  });

  it('answers for every article, and the same whatever order the candidates arrive in within equal ranks', () => {
    const articles = [
      entry('a', ['x'], '2012-01-01'),
      entry('b', ['x', 'y'], '2012-01-02'),
      entry('c', ['y'], '2012-01-03'),
    ];
    const related = relatedArticles(articles, 5);
    expect([...related.keys()]).toEqual(['a', 'b', 'c']);
    expect(related.get('b')?.map((r) => r.id)).toEqual(['a', 'c']);
  });

  describe('topics most of the archive shares', () => {
    const small = { commonTopicSize: 4, commonTopicWindow: 2 };
    /** Ten articles a day apart under one common topic, newest first. */
    const common = Array.from({ length: 10 }, (_, i) =>
      entry(`d${i}`, ['common'], `2012-06-${String(20 - i).padStart(2, '0')}`),
    );

    it('looks only at the articles nearest in date, which are the best ones when the topic is the only one shared', () => {
      const bounded = (relatedArticles(common, 3, small).get('d5') ?? []).map((a) => a.id);
      expect(bounded).toEqual(['d4', 'd6', 'd3']);
      expect(bounded).toEqual(relatedIds(common, 'd5', 3));
    });

    it('still finds an article that shares a small topic, however far in date', () => {
      const self = entry('d0', ['common', 'rare'], '2012-06-20');
      const articles = [self, ...common.slice(1), entry('far-but-closer-in-topic', ['common', 'rare'], '1999-01-01')];
      expect((relatedArticles(articles, 2, small).get('d0') ?? []).map((a) => a.id)).toEqual([
        'far-but-closer-in-topic',
        'd1',
      ]);
    });

    it('may pass over a far article that shares only common topics: the price of bounded work', () => {
      const far = entry('far-two-common', ['common', 'other-common'], '1990-01-01');
      const others = Array.from({ length: 6 }, (_, i) => entry(`o${i}`, ['other-common'], `2011-01-0${i + 1}`));
      const self = entry('self', ['common', 'other-common'], '2012-06-25');
      const articles = [self, ...common, ...others, far];
      expect((relatedArticles(articles, 5, small).get('self') ?? []).map((a) => a.id)).not.toContain('far-two-common');
      expect((relatedArticles(articles, 5).get('self') ?? [])[0]?.id).toBe('far-two-common');
    });

    it('uses bounds that keep every topic of a few hundred articles exact', () => {
      expect(RELATED_OPTIONS.commonTopicSize).toBeGreaterThanOrEqual(500);
    });
  });

  it('gives, for every article, the first `limit` of all the articles sharing a topic with it, ranked in full', () => {
    // Few topics and few dates, so that shared counts and distances tie often and every rule of the order is used.
    let seed = 7;
    const random = (below: number): number => ((seed = (seed * 48_271) % 2_147_483_647) % below) as number;
    const articles = Array.from({ length: 300 }, (_, i) =>
      entry(
        `a${i}`,
        Array.from({ length: 1 + random(3) }, () => `Topic ${random(6)}`),
        random(10) === 0 ? undefined : `2020-01-${String(1 + random(9)).padStart(2, '0')}`,
      ),
    ).toSorted((a, b) => (b.data.published ?? '').localeCompare(a.data.published ?? ''));
    const day = (a: Relatable): number => (a.data.published ? Date.parse(a.data.published) : Number.NaN);
    const shared = (a: Relatable, b: Relatable): number =>
      new Set(a.data.tags.filter((t) => b.data.tags.includes(t))).size;
    const ranked = (self: Relatable): string[] =>
      articles
        .map((other, index) => ({ other, index }))
        .filter(({ other }) => other !== self && shared(self, other) > 0)
        .toSorted(
          (a, b) =>
            shared(self, b.other) - shared(self, a.other) ||
            Number(Number.isNaN(day(a.other))) - Number(Number.isNaN(day(b.other))) ||
            (Number.isNaN(day(self)) ? 0 : Math.abs(day(a.other) - day(self)) || 0) -
              (Number.isNaN(day(self)) ? 0 : Math.abs(day(b.other) - day(self)) || 0) ||
            a.index - b.index,
        )
        .slice(0, 4)
        .map(({ other }) => other.id);
    const related = relatedArticles(articles, 4, { commonTopicSize: Infinity, commonTopicWindow: 0 });
    for (const article of articles)
      expect(
        related.get(article.id)?.map((a) => a.id),
        article.id,
      ).toEqual(ranked(article));
  });

  it('handles twenty thousand articles under one big topic in seconds, not minutes', () => {
    // The shape that makes an exact comparison quadratic: every article shares "Falun Gong".
    const articles = Array.from({ length: 20_000 }, (_, i) =>
      entry(
        `a${i}`,
        i % 5 === 0 ? ['Falun Gong', `Topic ${i % 40}`] : ['Falun Gong'],
        `${2024 - Math.floor(i / 1000)}-01-01`,
      ),
    );
    const started = performance.now();
    const related = relatedArticles(articles, 5);
    const seconds = (performance.now() - started) / 1000;
    expect(related.size).toBe(20_000);
    // Articles that share a second, smaller topic with a0 come before those that share only the big one.
    expect(related.get('a0')?.map((a) => a.data.tags.length)).toEqual([2, 2, 2, 2, 2]);
    expect(seconds).toBeLessThan(20);
  }, 60_000);
});
