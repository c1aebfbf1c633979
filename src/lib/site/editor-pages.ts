/**
 * The first path segment of every address the site's route files serve, from their paths below
 * `src/pages/`. An editor's page (`content/pages/<name>.md`, published at `/<name>/`) may not take one.
 * @example routeSegments(['./search.astro', './articles/[slug].astro', './[page].astro']) // Set { 'search', 'articles' }
 */
export function routeSegments(routeFiles: readonly string[]): Set<string> {
  return new Set(
    routeFiles
      .map((file) => file.replace(/^\.\//, '').split('/')[0] ?? '')
      // A dynamic segment names no address of its own; the file's extension is not part of the address.
      .filter((segment) => !segment.includes('['))
      .map((segment) => segment.replace(/\.(astro|ts|js)$/, '')),
  );
}

/** Why the editor's page `file`, named `name`, cannot be published, or `undefined` when it can. */
export function editorPageProblem(name: string, file: string, taken: ReadonlySet<string>): string | undefined {
  if (!taken.has(name)) return undefined;
  return `${file} would be published at /${name}/, which the site already uses for its own pages; give the file another name`;
}
