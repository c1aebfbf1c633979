import { CORE_SCHEMA, load } from 'js-yaml';
import { ENTITY_FIELD_FACTS, ENTITY_FIELDS, entitySchema, type EntityData } from '../../schema';
import { closestWord } from '../search/closest-word';
import { describeSchemaIssue, describeYamlError, type ContentProblem, type FieldWording } from './problems';
import type { EntityNames } from './mentions';
import { isValidSlug, suggestSlug } from './slugs';

/**
 * An entity's slug: its file name without folders or extension.
 * @example entitySlugFromPath('content/entities/people/david-kilgour.yaml') // 'david-kilgour'
 */
export function entitySlugFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.ya?ml$/i, '');
}

/** One entity file as the editor keeps it: its path relative to the project and its text. */
export interface EntitySource {
  file: string;
  source: string;
}

const WORDING: FieldWording<keyof EntityData> = {
  owner: 'an entity',
  fields: ENTITY_FIELDS,
  facts: ENTITY_FIELD_FACTS,
  itemDefault: 'a name written as text',
};

/** An entity file read with the schema: its data when valid, and everything wrong with it on its own. */
export function parseEntityFile({ file, source }: EntitySource): { data?: EntityData; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const slug = entitySlugFromPath(file);
  if (!isValidSlug(slug)) {
    problems.push({
      file,
      message:
        `the file name "${slug}" becomes the entity's web address, so it may hold only lowercase letters, digits and ` +
        `single hyphens; rename the file, for example to "${suggestSlug(slug) || 'entity-name'}.yaml"`,
    });
  }
  let parsed: unknown;
  try {
    // The core schema keeps every value as written: `no` stays the text "no", not false.
    parsed = load(source, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    return { problems: [...problems, { file, message: describeYamlError(error, 'the file') }] };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { problems: [...problems, { file, message: 'the file must be "field: value" lines, starting with name:' }] };
  }
  const fields = parsed as Record<string, unknown>;
  const result = entitySchema.safeParse(fields);
  if (!result.success) {
    return { problems: [...problems, ...result.error.issues.flatMap((issue) => describeSchemaIssue(file, fields, issue, WORDING))] };
  }
  return { data: result.data, problems };
}

/** A valid entity file: where it is, its slug and its data. */
export interface EntityFile {
  file: string;
  slug: string;
  data: EntityData;
}

/**
 * The problems between entity files and the articles: a description citing an article that is
 * not published, two files with one name, and one name claimed by two entities (a mention of it
 * could not say whose it is). `articles` are the published articles' slugs.
 */
export function findEntityCrossProblems(
  entities: readonly EntityFile[],
  articles: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const published = new Set(articles);
  for (const { file, data } of entities) {
    if (published.has(data.source)) continue;
    const guess = closestWord(data.source, articles);
    problems.push({
      file,
      field: 'source',
      message:
        `"source" must be the file name of a published article the description comes from; found "${data.source}", ` +
        `which is no published article` +
        (guess ? `; did you mean "${guess}"?` : '; the articles are the files in content/articles/, without ".md"'),
    });
  }
  for (const [slug, files] of Map.groupBy(entities, (entity) => entity.slug)) {
    if (files.length > 1) {
      problems.push({
        file: files[0]?.file ?? '',
        message: `${files.map((e) => `"${e.file}"`).join(' and ')} would share the page of "${slug}"; rename all but one`,
      });
    }
  }
  const owners = new Map<string, EntityFile>();
  for (const entity of entities) {
    const { data } = entity;
    for (const [field, names] of [
      ['name', [data.name]],
      ['aliases', data.aliases],
      ['shortNames', data.shortNames],
    ] as const) {
      for (const name of names) {
        const owner = owners.get(name);
        if (owner && owner !== entity) {
          problems.push({
            file: entity.file,
            field,
            message: `"${name}" in "${field}" is already a name of "${owner.file}", so a mention of it could not say whose it is; keep it in one file`,
          });
        } else {
          owners.set(name, entity);
        }
      }
    }
  }
  return problems;
}

/**
 * The entity files parsed once: the valid ones, and every problem in all of them, given the published articles'
 * slugs. An empty `problems` means they will build; an invalid file is left out of `entities`.
 */
export function readEntities(
  sources: readonly EntitySource[],
  articles: readonly string[],
): { entities: EntityFile[]; problems: ContentProblem[] } {
  const parsed = sources.map((source) => ({ source, ...parseEntityFile(source) }));
  const entities = parsed.flatMap(({ source, data }) =>
    data ? [{ file: source.file, slug: entitySlugFromPath(source.file), data }] : [],
  );
  return { entities, problems: [...parsed.flatMap(({ problems }) => problems), ...findEntityCrossProblems(entities, articles)] };
}

/**
 * The names mention finding looks for in the valid entity files.
 * @example entityNames([{ file: 'x.yaml', slug: 'david-kilgour', data }]) // [{ slug: 'david-kilgour', names: ['David Kilgour'], shortNames: ['Kilgour'] }]
 */
export function entityNames(entities: readonly EntityFile[]): EntityNames[] {
  return entities.map(({ slug, data }) => ({ slug, names: [data.name, ...data.aliases], shortNames: data.shortNames }));
}
