/**
 * The language an imported article is written in. Search splits words by the page's language, so an
 * article filed as English when it is Chinese cannot be found by its own words; English is the
 * schema's default and is never written out. The rule that reads the language from the text is the
 * build's too (`textLanguage` in src/lib/content/languages.ts).
 */
import { textLanguage } from '../../src/lib/content/languages';
import { LANGUAGE_TAG } from '../../src/schema';

export interface LanguageChoice {
  /** The tag for the front matter, or `undefined` for English. */
  lang?: string;
  /** Where the tag came from, for the report. */
  how: string;
  /** Set when the editor should confirm or narrow the tag. */
  todo?: string;
}

const primary = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

/**
 * The editor's `--lang` wins; then the page's own `<html lang>`, unless the text is plainly Chinese
 * and the page says otherwise (templates often declare `en` whatever the article); then the text:
 * mostly Han characters (web addresses left out) is Chinese, Simplified or Traditional by its characters.
 * @example chooseLanguage({ text: '这个国家的器官移植' }) // { lang: 'zh-Hans', how: 'the text: …' }
 */
export function chooseLanguage({
  option,
  declared,
  text,
}: {
  option?: string;
  declared?: string;
  text: string;
}): LanguageChoice {
  if (option !== undefined) return language(option, '--lang');
  const page = declared === undefined ? undefined : languageTag(declared);
  const fromText = textLanguage(text);
  if (page !== undefined && (fromText === undefined || primary(page) === 'zh'))
    return language(page, 'the page’s <html lang>');
  if (fromText === undefined) return { how: 'the default, English' };
  const how =
    fromText === 'zh'
      ? 'the text: mostly Han characters, which do not show Simplified or Traditional'
      : `the text: mostly Han characters, ${fromText === 'zh-Hans' ? 'Simplified' : 'Traditional'}`;
  return {
    lang: fromText,
    how: page === undefined ? how : `${how}; the page’s <html lang> says ${page}`,
    ...(fromText === 'zh' ? { todo: 'lang: set to zh; pass --lang zh-Hans or --lang zh-Hant if you know which' } : {}),
  };
}

/** The page's tag written as the schema expects (`zh_CN` → `zh-CN`), or `undefined` when it is no tag. */
function languageTag(declared: string): string | undefined {
  const [first = '', ...rest] = declared.trim().replaceAll('_', '-').split('-');
  const tag = [first.toLowerCase(), ...rest].join('-');
  return LANGUAGE_TAG.test(tag) ? tag : undefined;
}

function language(tag: string, how: string): LanguageChoice {
  return primary(tag) === 'en' ? { how: `${how} (${tag}), English` } : { lang: tag, how: `${how} (${tag})` };
}
