import type { z } from 'astro/zod';
import type { FieldFacts } from '../../schema';
import { closestWord } from '../search/closest-word';
import { plural } from '../site/plural';

/** One thing wrong with one content file (an article, an entity, the timeline, the redirects list), for the editor who must fix it. */
export interface ContentProblem {
  /** Path of the file as the editor knows it, relative to the project. */
  file: string;
  /** The field at fault, when there is one. */
  field?: string;
  /** A full sentence: what was expected and what was found. */
  message: string;
}

/** The report printed when the build stops: one line per problem, grouped by file. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file));
  // Problems may also be in an entity file, the timeline or the redirects list, which are not articles.
  const kind = [...files].every((file) => /\.mdx?$/i.test(file)) ? 'article ' : '';
  const heading =
    `${plural(problems.length, 'problem')} in ` +
    `${files.size} ${kind}${files.size === 1 ? 'file' : 'files'}; nothing was built:`;
  const lines = [...files].flatMap((file) => [
    `  ${file}`,
    ...problems.filter((p) => p.file === file).map((p) => `    - ${p.message}`),
  ]);
  return [heading, ...lines].join('\n');
}

/**
 * What an editor is told about a key the schema does not know, in every kind of content file: the nearest
 * field's name when the key looks like a misspelling, else the whole list of fields.
 * @example unknownFieldMessage('tilte', 'an article', ['title', 'tags']) // '"tilte" is not a field an article can have; did you mean "title"?'
 */
export function unknownFieldMessage(key: string, owner: string, fields: readonly string[]): string {
  const guess = closestWord(key, fields);
  return (
    `"${key}" is not a field ${owner} can have` +
    (guess ? `; did you mean "${guess}"?` : `; the fields are ${fields.join(', ')}`)
  );
}

/**
 * How a value the editor wrote reads back to them.
 * @example describeValue(['a', 'b']) // 'a list of 2 items'
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${plural(value.length, 'item')}`;
  if (value !== null && typeof value === 'object') return 'a set of "key: value" lines';
  return String(value);
}

/**
 * The one sentence for YAML that cannot be read, in an article's front matter, an entity file or the timeline.
 * js-yaml counts lines from zero; in front matter it counts from the line after the opening "---", so its
 * zero-based line is the file's one-based line there too.
 * @example describeYamlError(error, 'the timeline') // 'the timeline is not valid YAML: bad indentation of a mapping entry (line 3, column 9)'
 */
export function describeYamlError(error: unknown, what: string): string {
  const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
  if (!mark) return `${what} could not be read: ${String(error)}`;
  return `${what} is not valid YAML: ${reason ?? 'unreadable'} (line ${mark.line + 1}, column ${mark.column + 1})`;
}

/** What a describer needs to know of a kind of content file to word its schema problems. */
export interface FieldWording<F extends string> {
  /** How the file is named in "… is not a field an article can have". */
  owner: string;
  /** Every field, in the order the docs list them. */
  fields: readonly F[];
  /** Each field's facts from the schema: what it must be, and what each item of a list must be. */
  facts: Readonly<Record<F, FieldFacts>>;
  /** What an item of a list field must be where its facts do not say. */
  itemDefault: string;
}

/**
 * The one describer of schema problems, shared by articles, entities and timeline events: one problem per unknown
 * key (with a guess at the field meant), a missing field, a wrong item of a list, or a wrong value, each saying
 * what the field must be and what was found. `fields` are the values the editor wrote.
 */
export function describeSchemaIssue<F extends string>(
  file: string,
  fields: Readonly<Record<string, unknown>>,
  issue: z.core.$ZodIssue,
  wording: FieldWording<F>,
): ContentProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ file, field: key, message: unknownFieldMessage(key, wording.owner, wording.fields) }));
  }
  const [field, index] = issue.path as [string, number | undefined];
  const known = (wording.fields as readonly string[]).includes(field);
  const mustBe = known ? wording.facts[field as F].mustBe : 'valid';
  if (!(field in fields) || fields[field] === null || fields[field] === undefined) {
    return [{ file, field, message: `"${field}" is required and must be ${mustBe}; it is missing` }];
  }
  const value = fields[field];
  if (typeof index === 'number' && Array.isArray(value)) {
    const item = (known && wording.facts[field as F].itemMustBe) || wording.itemDefault;
    return [{ file, field, message: `item ${index + 1} of "${field}" must be ${item}; found ${describeValue(value[index])}` }];
  }
  return [{ file, field, message: `"${field}" must be ${mustBe}; found ${describeValue(value)}` }];
}
