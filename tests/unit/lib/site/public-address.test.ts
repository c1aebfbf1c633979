import { describe, expect, it } from 'vitest';
import { addressReport, LOCAL_ADDRESS, publicAddress } from '../../../../src/lib/site/public-address';

describe('publicAddress', () => {
  it('takes the committed setting, without its trailing slash', () => {
    expect(publicAddress('https://archive.example.org/', undefined)).toEqual({
      url: 'https://archive.example.org',
      from: 'setting',
      local: false,
    });
  });

  it('lets SITE_URL override the setting for one build', () => {
    expect(publicAddress('https://archive.example.org', 'http://127.0.0.1:4441')).toEqual({
      url: 'http://127.0.0.1:4441',
      from: 'SITE_URL',
      local: true,
    });
  });

  it('falls back to the local address when neither is set, and knows it is local', () => {
    expect(publicAddress(undefined, undefined)).toEqual({ url: LOCAL_ADDRESS, from: 'default', local: true });
    expect(publicAddress('  ', '')).toEqual({ url: LOCAL_ADDRESS, from: 'default', local: true });
    expect(publicAddress('http://archive.localhost', undefined).local).toBe(true);
    expect(publicAddress('http://[::1]:8080', undefined).local).toBe(true);
  });

  it('refuses what is not an origin, naming where it was set', () => {
    expect(() => publicAddress('archive.example.org', undefined)).toThrow(
      '`PUBLIC_URL` in src/consts.ts must be the site\'s public address, such as https://archive.example.org (http or https, no path); found "archive.example.org"',
    );
    expect(() => publicAddress(undefined, 'https://example.org/archive/')).toThrow(
      /^SITE_URL in the environment must be .* found "https:\/\/example.org\/archive\/"$/,
    );
    expect(() => publicAddress('ftp://example.org', undefined)).toThrow(/found "ftp:\/\/example.org"/);
  });
});

describe('addressReport', () => {
  it('names a public address and where it came from, in one line', () => {
    expect(addressReport(publicAddress('https://archive.example.org', undefined))).toEqual([
      'Public address: https://archive.example.org (from `PUBLIC_URL` in src/consts.ts).',
    ]);
  });

  it('says a local build is not for publishing and where to set the address', () => {
    const lines = addressReport(publicAddress(undefined, undefined));
    expect(lines[0]).toBe(
      'Built for http://localhost:4321 (because `PUBLIC_URL` in src/consts.ts is not set): fine for viewing on this machine, NOT FOR PUBLISHING.',
    );
    expect(lines.at(-1)).toContain('set the public address once in `PUBLIC_URL` in src/consts.ts');
  });
});
