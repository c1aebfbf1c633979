/**
 * Front matter written the way the archive's hand-made articles write it: fields in the order the
 * schema lists them, plain values unless YAML needs quotes, lists in brackets, the editor's note
 * folded over lines of at most 120 characters, and each change to the capture as a block of `what`,
 * `text` and `keptAs`, its texts in double quotes so every character of the evidence is written out.
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
      if (value.length > 0) lines.push(`${field}:`, ...value.flatMap((item) => removedItem(item)));
    } else if (field === 'capture' && data.capture) {
      const { sha256, captured } = data.capture;
      lines.push(`${field}:`, `${INDENT}sha256: ${sha256}`);
      if (captured !== undefined) lines.push(`${INDENT}captured: ${scalar('captured', String(captured))}`);
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
  if (['published', 'updated', 'added', 'captured'].includes(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return simplest(value, (written) => readsBackAs(`${field}: ${written}`, field, value));
}

function flowItem(field: string, item: string): string {
  return simplest(item, (written) => readsBackAs(`${field}: [${written}]`, field, [item]));
}

type RemovedItem = NonNullable<ArticleFrontMatterInput['removed']>[number];

/** One change to the capture: a phrase on one line, or `what`, `text` and `keptAs` lines. */
function removedItem(item: RemovedItem): string[] {
  if (typeof item === 'string')
    return [
      `${INDENT}- ${simplest(item, (written) => readsBackAs(`removed:\n${INDENT}- ${written}`, 'removed', [item]))}`,
    ];
  const entries = (['what', 'text', 'keptAs'] as const).flatMap((key) => {
    const part = item[key];
    if (part === undefined) return [];
    return [`${key}: ${key === 'keptAs' ? part : doubleQuoted(part)}`];
  });
  return entries.map((entry, i) => `${INDENT}${i === 0 ? '- ' : '  '}${entry}`);
}

/**
 * `text` in YAML double quotes: JSON's escapes, which YAML shares, and `\u` escapes for the characters YAML
 * does not allow unescaped (C1 controls, line and paragraph separators, byte order marks, noncharacters).
 * @example doubleQuoted('the line "Follow us"') // '"the line \\"Follow us\\""'
 */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
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
