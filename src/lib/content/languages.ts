/**
 * The English name of a language tag, for labels such as a search result's language.
 * @example languageName('zh-CN') // 'Chinese (China)'
 */
export function languageName(tag: string): string {
  return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
}

/**
 * The index Pagefind writes for pages of a given `lang`: it files them under the
 * tag in lowercase, so a search page names another language's index the same way.
 * @example searchIndexLanguage('zh-CN') // 'zh-cn'
 */
export function searchIndexLanguage(tag: string): string {
  return tag.toLowerCase();
}
