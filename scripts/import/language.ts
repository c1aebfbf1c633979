/**
 * The language an imported article is written in. Search splits words by the page's language, so an
 * article filed as English when it is Chinese cannot be found by its own words; English is the
 * schema's default and is never written out.
 */
import { LANGUAGE_TAG } from '../../src/schema';

export interface LanguageChoice {
  /** The tag for the front matter, or `undefined` for English. */
  lang?: string;
  /** Where the tag came from, for the report. */
  how: string;
  /** Set when the editor should confirm or narrow the tag. */
  todo?: string;
}

/** A share of Han characters among the letters above which a text is taken to be Chinese. */
const HAN_SHARE = 0.5;

const isEnglish = (tag: string): boolean => tag.toLowerCase().split('-')[0] === 'en';

/**
 * The editor's `--lang` wins; then the page's own `<html lang>`; then, for a text mostly written in
 * Han characters, `zh`, which the editor is asked to narrow (`zh-CN`, `zh-TW`), as the characters
 * alone do not say which.
 * @example chooseLanguage({ text: '器官移植登记处' }) // { lang: 'zh', how: 'mostly Han characters', todo: … }
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
  if (page !== undefined) return language(page, 'the page’s <html lang>');
  const letters = text.match(/\p{L}/gu) ?? [];
  const han = text.match(/\p{Script=Han}/gu) ?? [];
  if (letters.length > 0 && han.length / letters.length > HAN_SHARE)
    return {
      lang: 'zh',
      how: 'mostly Han characters',
      todo: 'lang: set to zh from the characters; pass --lang zh-CN or --lang zh-TW if you know which',
    };
  return { how: 'the default, English' };
}

/** The page's tag written as the schema expects (`zh_CN` → `zh-CN`), or `undefined` when it is no tag. */
function languageTag(declared: string): string | undefined {
  const [primary = '', ...rest] = declared.trim().replaceAll('_', '-').split('-');
  const tag = [primary.toLowerCase(), ...rest].join('-');
  return LANGUAGE_TAG.test(tag) ? tag : undefined;
}

function language(tag: string, how: string): LanguageChoice {
  return isEnglish(tag) ? { how: `${how} (${tag}), English` } : { lang: tag, how: `${how} (${tag})` };
}
