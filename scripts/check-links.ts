/** `npm run check:links [dir]`: checks every internal link of a built site (default `dist/`), without a server. */
import { SITE_URL } from '../src/consts';
import { findBrokenLinks, readBuiltSite } from './link-check';

const dir = process.argv[2] ?? 'dist';
const site = readBuiltSite(dir);
if (site.pages.size === 0) {
  console.error(`${dir} holds no HTML pages; build the site first with npm run build.`);
  process.exit(1);
}
const broken = findBrokenLinks(site, [SITE_URL]);
for (const { page, href, problem } of broken) console.error(`${page}: "${href}" ${problem}`);
if (broken.length > 0) {
  console.error(`${broken.length} broken ${broken.length === 1 ? 'link' : 'links'} in ${dir}.`);
  process.exitCode = 1;
} else {
  console.log(`Every internal link in the ${site.pages.size} pages of ${dir} leads somewhere.`);
}
