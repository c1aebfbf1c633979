/**
 * The public address a build writes into every absolute link (canonical links, citations, feeds, the sitemap,
 * link previews, robots.txt), where it came from, and what the build says about it at its end.
 */

/** The address a build uses when none is set: the one `npm start` and `npm run preview` serve the site at. */
export const LOCAL_ADDRESS = 'http://localhost:4321';

/** Where an owner sets the public address once, named in every message about it. */
export const ADDRESS_SETTING = '`PUBLIC_URL` in src/consts.ts';

export interface PublicAddress {
  /** The origin, without a trailing slash. */
  url: string;
  /** Where it came from: `SITE_URL` in the environment (one build), the committed setting, or neither. */
  from: 'SITE_URL' | 'setting' | 'default';
  /** Whether only this machine can reach it: such a build is for viewing here, never for publishing. */
  local: boolean;
}

const LOCAL_HOSTS = /^(localhost|.+\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/;

/**
 * The address a build uses: `SITE_URL` from the environment when set (a test, or one build for another host), else
 * the committed setting, else {@link LOCAL_ADDRESS}. Throws, naming where the value came from, when it is not an
 * http or https address.
 * @example publicAddress('https://archive.example.org/', undefined) // { url: 'https://archive.example.org', from: 'setting', local: false }
 */
export function publicAddress(setting: string | undefined, environment: string | undefined): PublicAddress {
  const fromEnvironment = environment?.trim();
  const fromSetting = setting?.trim();
  const [value, from] = fromEnvironment
    ? [fromEnvironment, 'SITE_URL' as const]
    : fromSetting
      ? [fromSetting, 'setting' as const]
      : [LOCAL_ADDRESS, 'default' as const];
  const parsed = URL.canParse(value) ? new URL(value) : undefined;
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.pathname !== '/' || parsed.search || parsed.hash) {
    const where = from === 'SITE_URL' ? 'SITE_URL in the environment' : ADDRESS_SETTING;
    throw new Error(
      `${where} must be the site's public address, such as https://archive.example.org (http or https, no path); found "${value}"`,
    );
  }
  return { url: parsed.origin, from, local: LOCAL_HOSTS.test(parsed.hostname) };
}

/**
 * The lines a build ends with: the address it used and where it came from, and for a local address that the build
 * is not fit to publish and where to set the real one.
 */
export function addressReport({ url, from, local }: PublicAddress): string[] {
  const source = {
    SITE_URL: 'from SITE_URL in the environment',
    setting: `from ${ADDRESS_SETTING}`,
    default: `because ${ADDRESS_SETTING} is not set`,
  }[from];
  if (!local) return [`Public address: ${url} (${source}).`];
  return [
    `Built for ${url} (${source}): fine for viewing on this machine, NOT FOR PUBLISHING.`,
    'Its citations, canonical links, feeds, sitemap and link previews all point at this machine.',
    `Before publishing, set the public address once in ${ADDRESS_SETTING} (or SITE_URL=https://… for one build).`,
  ];
}
