/** `npm run check:content`: checks every content file without building the site. */
import { loadContent, CONTENT_PATHS } from '../src/lib/content/model';
import { formatProblems } from '../src/lib/content/problems';
import { plural } from '../src/lib/site/plural';

const { problems, timeline } = await loadContent(CONTENT_PATHS);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error('Each field is described in docs/editing.md.');
  process.exitCode = 1;
} else {
  console.log(`Every article in ${CONTENT_PATHS.articlesDir} is valid.`);
  console.log(`Every entity in ${CONTENT_PATHS.entitiesDir} is valid.`);
  const count = timeline.length;
  if (count > 0) console.log(`The timeline's ${plural(count, 'event')} ${count === 1 ? 'is' : 'are'} valid.`);
}
