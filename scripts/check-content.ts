/** `npm run check:content`: validates every article without building the site. */
import { CONTENT_DIR, ENTITIES_DIR, REDIRECTS_FILE, TIMELINE_FILE } from '../src/consts';
import {
  checkArticlesDirectory,
  checkEntitiesDirectory,
  checkRedirectsList,
  checkTimeline,
} from '../src/integrations/content-check';
import { formatProblems } from '../src/lib/content/article-problems';

const timeline = await checkTimeline(TIMELINE_FILE, CONTENT_DIR);
const problems = [
  ...(await checkArticlesDirectory(CONTENT_DIR)),
  ...(await checkEntitiesDirectory(ENTITIES_DIR, CONTENT_DIR)),
  ...(await checkRedirectsList(REDIRECTS_FILE, CONTENT_DIR)),
  ...timeline.problems,
];
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error('Each field is described in docs/editing.md.');
  process.exitCode = 1;
} else {
  console.log(`Every article in ${CONTENT_DIR} is valid.`);
  console.log(`Every entity in ${ENTITIES_DIR} is valid.`);
  const count = timeline.events.length;
  if (count > 0) console.log(`The timeline's ${count} ${count === 1 ? 'event is' : 'events are'} valid.`);
}
