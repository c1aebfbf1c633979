import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { articleLanguage, isSegmentedLanguage } from '../lib/content/languages';
import { CHINESE_TERMS_META } from '../lib/search/index-contract';

/** The attribute that carries a page's Chinese search terms, which Pagefind reads as the page's meta. */
export const CHINESE_TERMS_ATTRIBUTE = 'data-chinese-terms';

const HAN_RUN = /\p{Script=Han}+/gu;

/** A Chinese character, or a numeric character reference that may stand for one. */
const MAY_HOLD_HAN = /\p{Script=Han}|&#/u;

/** Longer terms add nothing a reader types, and would grow the index with the square of a run's length. */
const MAX_TERM_LENGTH = 12;

let segmenter: Intl.Segmenter | undefined;

/**
 * What search must hold to find a run of Chinese characters by any word or words of it: the run from each word on,
 * as a Chinese dictionary splits it into words (`Intl.Segmenter`), for runs of more than one word. Search matches the
 * start of a term, so "法轮功" finds "法轮功学员" even where the dictionary splits it into "法轮" and "功".
 * @example hanSearchTerms('The banner read 停止迫害法轮功.') // ['迫害法轮功', '法轮功', '功']
 */
export function hanSearchTerms(text: string): string[] {
  const dictionary = (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));
  return [...text.matchAll(HAN_RUN)].flatMap(([run]) => {
    // The run itself is in the text already; each later word starts a term of its own.
    const starts = [...dictionary.segment(run)].filter((s) => s.isWordLike && s.index > 0).map((s) => s.index);
    return starts.map((start) => run.slice(start, start + MAX_TERM_LENGTH));
  });
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Makes Chinese inside an article in another language findable by any of its words. Search splits text into words
 * only on pages whose language is Chinese (or Japanese, Thai); on any other page a run of Chinese characters is one
 * long word, found only from its start. This adds to the end of the article one empty element whose attribute lists
 * every run from each of its words on (`hanSearchTerms`), which Pagefind keeps as a meta field that search matches
 * but no result shows: readers, screen readers and result excerpts meet only the text as the source wrote it. Pages
 * in a language search already splits are left alone; the language is the article's, decided as the build decides it
 * (`articleLanguage`).
 * @example '<p>It read 停止迫害.</p>'
 *   // → '<p>It read 停止迫害.</p><span data-pagefind-meta="chinese_terms[data-chinese-terms]" data-chinese-terms="迫害"></span>'
 */
export function rehypeHanWords() {
  return (tree: Root, file: VFile) => {
    // Most articles hold no Chinese: their text is not walked.
    if (!MAY_HOLD_HAN.test(String(file.value))) return;
    const frontmatter = (file.data as AstroData).astro?.frontmatter ?? {};
    const declared = typeof frontmatter.lang === 'string' ? frontmatter.lang : undefined;
    const title = typeof frontmatter.title === 'string' ? frontmatter.title : '';
    if (isSegmentedLanguage(articleLanguage(declared, `${title}\n${String(file.value)}`))) return;
    const terms: string[] = [];
    visit(tree, 'text', (node: Text) => {
      terms.push(...hanSearchTerms(node.value));
    });
    if (terms.length === 0) return;
    const carrier: Element = {
      type: 'element',
      tagName: 'span',
      properties: {
        dataPagefindMeta: `${CHINESE_TERMS_META}[${CHINESE_TERMS_ATTRIBUTE}]`,
        dataChineseTerms: [...new Set(terms)].join(' '),
      },
      children: [],
    };
    tree.children.push(carrier);
  };
}
