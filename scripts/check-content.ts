/** `npm run check:content`: validates every article without building the site. */
import { CONTENT_DIR, REDIRECTS_FILE } from '../src/consts';
import { checkArticlesDirectory, checkRedirectsList } from '../src/integrations/content-check';
import { formatProblems } from '../src/lib/article-problems';

const problems = [
  ...(await checkArticlesDirectory(CONTENT_DIR)),
  ...(await checkRedirectsList(REDIRECTS_FILE, CONTENT_DIR)),
];
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error('Each field is described in docs/editing.md.');
  process.exitCode = 1;
} else {
  console.log(`Every article in ${CONTENT_DIR} is valid.`);
}
