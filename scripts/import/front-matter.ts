/**
 * Front matter written the way the archive's hand-made articles write it: fields in the order the
 * schema lists them, plain values unless YAML needs quotes, lists in brackets, and the editor's note
 * folded over lines of at most 120 characters.
 */
import { CORE_SCHEMA, DEFAULT_SCHEMA, load } from 'js-yaml';
import { ARTICLE_FIELDS, type ArticleFrontMatterInput } from '../../src/schema';

const WIDTH = 120;
const INDENT = '  ';

/** The YAML between the `---` lines, without them. */
export function frontMatterYaml(data: ArticleFrontMatterInput): string {
  const lines: string[] = [];
  for (const field of ARTICLE_FIELDS) {
    const value = data[field];
    if (value === undefined || (field === 'draft' && value === false)) continue;
    if (field === 'removed' && Array.isArray(value)) {
      // Phrases too long for one line, so one item a line.
      if (value.length > 0) lines.push(`${field}:`, ...value.map((item) => `${INDENT}- ${blockItem(field, item)}`));
    } else if (Array.isArray(value)) {
      if (value.length > 0) lines.push(`${field}: [${value.map((item) => flowItem(field, item)).join(', ')}]`);
    } else if (typeof value === 'boolean') lines.push(`${field}: ${value}`);
    else if (field === 'editorNote')
      lines.push(folded(field, String(value)) ?? `${field}: ${scalar(field, String(value))}`);
    else lines.push(`${field}: ${scalar(field, String(value))}`);
  }
  return lines.join('\n');
}

/** `true` when YAML reads `yaml` back as exactly `{ [field]: expected }`, with or without date parsing. */
function readsBackAs(yaml: string, field: string, expected: unknown): boolean {
  return [CORE_SCHEMA, DEFAULT_SCHEMA].every((schema) => {
    try {
      const parsed = load(yaml, { schema }) as Record<string, unknown> | undefined;
      return JSON.stringify(parsed?.[field]) === JSON.stringify(expected) && Object.keys(parsed ?? {}).length === 1;
    } catch {
      return false;
    }
  });
}

const singleQuoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The simplest writing of `text` that YAML reads back unchanged: plain, else in single quotes, else in
 * double quotes with escapes (for line breaks and control characters).
 */
function simplest(text: string, readsBack: (written: string) => boolean): string {
  return [text, singleQuoted(text)].find(readsBack) ?? JSON.stringify(text);
}

/** A scalar value; dates stay plain, as the schema reads them either way. */
function scalar(field: string, value: string): string {
  if ((field === 'published' || field === 'updated' || field === 'added') && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return value;
  return simplest(value, (written) => readsBackAs(`${field}: ${written}`, field, value));
}

function flowItem(field: string, item: string): string {
  return simplest(item, (written) => readsBackAs(`${field}: [${written}]`, field, [item]));
}

function blockItem(field: string, item: string): string {
  return simplest(item, (written) => readsBackAs(`${field}:\n${INDENT}- ${written}`, field, [item]));
}

/** A folded block (`>-`) of lines no wider than 120 characters, or `undefined` when YAML would not fold it back. */
function folded(field: string, text: string): string | undefined {
  const words = text.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current !== '' && INDENT.length + current.length + 1 + word.length > WIDTH) {
      lines.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  lines.push(current);
  const yaml = `${field}: >-\n${lines.map((line) => INDENT + line).join('\n')}`;
  return readsBackAs(yaml, field, text) ? yaml : undefined;
}
