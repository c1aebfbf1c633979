import { describe, expect, it } from 'vitest';
import { firstArticleLink, scoresBelow } from '../../../scripts/bench/lighthouse';
import { bodyOf, timedPlugin } from '../../../scripts/bench/markdown-cost';
import { cpuTicksFromStat, descendants, machineBusyTicks, rssFromStatus } from '../../../scripts/bench/process';
import { firstResultAt } from '../../../scripts/bench/search-timing';
import { largestFile, pagesBuilt, pathsReused, pathsWritten } from '../../../scripts/bench/site-stats';
import { fileForPath } from '../../../scripts/bench/static-server';
import { indexTime } from '../../../src/integrations/search-index';

describe('build log readers', () => {
  it('count the paths an incremental build wrote and those it reused, coloured or not', () => {
    const log =
      '  ├─ /a/index.html (cached)\n  ├─ /cards/b.png \u001b[32m(restored)\u001b[39m\n  └─ /c/index.html (+2ms)\n' +
      '12:00:01 [build] 2 page(s) built in 1.0s';
    expect(pathsReused(log)).toBe(2);
    expect(pathsWritten(log)).toBe(3);
    expect(pathsReused('12:00:01 [build] 3 page(s) built in 1.0s')).toBe(0);
  });

  it('read the page count the build logs, and the index step logs its time in seconds', () => {
    expect(pagesBuilt('10:00:01 [build] 1004 page(s) built in 35.21s\n10:00:01 [build] Complete!')).toBe(1004);
    expect(pagesBuilt('nothing')).toBeUndefined();
    expect(indexTime(12_345)).toBe('in 12.3 s');
  });
});

describe('largestFile', () => {
  it('is the largest, or an empty entry for no files', () => {
    const files = [
      { path: 'a.xml', bytes: 3 },
      { path: 'tags/b/rss.xml', bytes: 9 },
    ];
    expect(largestFile(files)).toEqual({ path: 'tags/b/rss.xml', bytes: 9 });
    expect(largestFile([])).toEqual({ path: '', bytes: 0 });
  });
});

describe('process tree', () => {
  it('finds every descendant of a process', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 1],
      [14, 10],
    ]);
    expect(descendants(10, parents).toSorted()).toEqual([10, 11, 12, 14]);
  });

  it('reads resident memory from /proc status text', () => {
    expect(rssFromStatus('Name:\tnode\nVmRSS:\t  204800 kB\nThreads: 7')).toBe(204800 * 1024);
    expect(rssFromStatus('Name:\tzombie\nState:\tZ')).toBe(0);
  });

  it('reads a process’s own CPU ticks, even when its name holds spaces and parentheses', () => {
    // utime 150 and stime 30 are counted; cutime 7 and cstime 1 (children already waited for) are not.
    expect(cpuTicksFromStat('42 (node) S 1 42 42 0 -1 4194304 10 0 0 0 150 30 7 1 20 0 11')).toBe(180);
    expect(cpuTicksFromStat('43 (a (b) c) R 1 43 43 0 -1 0 0 0 0 0 5 6 0 0 20 0 1')).toBe(11);
  });

  it('counts the machine’s busy ticks without idle and I/O wait', () => {
    // user 100, nice 5, system 40, idle 900, iowait 20, irq 0, softirq 3, steal 2
    expect(machineBusyTicks('cpu  100 5 40 900 20 0 3 2 0 0\ncpu0 50 2 20 450 10 0 1 1 0 0\n')).toBe(150);
  });
});

describe('fileForPath', () => {
  it('maps URL paths to files, folders to their index.html, and refuses to leave the root', () => {
    expect(fileForPath('/site', '/')).toBe('/site/index.html');
    expect(fileForPath('/site', '/articles/a%20b/?q=1')).toBe('/site/articles/a b/index.html');
    expect(fileForPath('/site', '/_astro/x.css')).toBe('/site/_astro/x.css');
    expect(fileForPath('/site', '/../etc/passwd')).toBeUndefined();
    expect(fileForPath('/site', '/../site2/x.html')).toBeUndefined();
    expect(fileForPath('/site', '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(fileForPath('/site', '/%E0%A4%A')).toBeUndefined();
  });
});

describe('firstResultAt', () => {
  const snapshots = [
    { at: 100, summary: '', titled: false },
    { at: 900, summary: '3 results for lor', titled: true },
    { at: 1300, summary: '40 results for lorem', titled: false },
    { at: 1350, summary: '40 results for lorem', titled: true },
  ];
  it('is the first titled result for the whole query after the last keystroke', () => {
    expect(firstResultAt(snapshots, 1000, 'lorem')).toBe(1350);
    expect(firstResultAt(snapshots, 1400, 'lorem')).toBeUndefined();
  });
});

describe('timedPlugin', () => {
  it('adds the time spent in a transformer under the plugin’s name and keeps its options', () => {
    const timings = new Map<string, number>();
    function rehypeExample(this: unknown, options?: { n: number }) {
      return (tree: { n: number }) => {
        tree.n += options?.n ?? 0;
      };
    }
    const entry = timedPlugin([rehypeExample as never, { n: 2 }], timings);
    expect(Array.isArray(entry) && entry[1]).toEqual({ n: 2 });
    const attacher = (Array.isArray(entry) ? entry[0] : entry) as (o: unknown) => (t: { n: number }) => void;
    expect(attacher.name).toBe('rehypeExample');
    const tree = { n: 1 };
    attacher({ n: 2 })(tree);
    expect(tree.n).toBe(3);
    expect(timings.get('rehypeExample')).toBeGreaterThanOrEqual(0);
  });

  it('passes through a plugin that only registers parser extensions', () => {
    const timings = new Map<string, number>();
    const remarkExtensionOnly = () => undefined;
    const attacher = timedPlugin(remarkExtensionOnly, timings) as () => unknown;
    expect(attacher()).toBeUndefined();
    expect(timings.size).toBe(0);
  });
});

describe('bodyOf', () => {
  it('drops the front matter', () => {
    expect(bodyOf('---\ntitle: "A"\n---\n\nText\n')).toBe('\nText\n');
  });
});

describe('Lighthouse helpers', () => {
  it('finds the first article link, skipping year listings', () => {
    expect(
      firstArticleLink(
        '<a href="/articles/">All</a><a href="/articles/2019/">2019</a><a href="/articles/undated/">Undated</a><a href="/articles/a-b-2/">A</a>',
      ),
    ).toBe('/articles/a-b-2/');
    expect(firstArticleLink('<a href="/search/">Search</a>')).toBeUndefined();
  });

  it('lists each score below the minimum', () => {
    const scores = { performance: 94, accessibility: 100, 'best-practices': 95, seo: 100 };
    expect(scoresBelow([{ label: 'home', path: '/', scores }], 95)).toEqual(['home (/): performance 94, below 95']);
  });
});
