/**
 * How the archive writes languages: BCP 47 tags, Chinese by its script rather than a region, since the script is what
 * the text shows and what readers search in (`zh-Hans` Simplified, `zh-Hant` Traditional, `zh` when neither shows).
 * Region tags (`zh-CN`, `zh-TW`) are still accepted in front matter and read as their script (`chineseScript`).
 */
export const DEFAULT_LANGUAGE = 'en';

/**
 * The English name of a language tag, for labels such as a search result's language.
 * @example languageName('zh-Hans') // 'Simplified Chinese'
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

/**
 * Pairs of common characters written differently in Simplified and Traditional Chinese, each pair a
 * Simplified character followed by its Traditional form. Characters both scripts use (and those, like
 * 后 or 台, that Traditional text also uses in another sense) are left out, so each one found is
 * evidence for one script.
 */
const SIMPLIFIED_TRADITIONAL =
  '这這个個们們说說国國会會时時对對为為来來发發经經过過还還进進动動学學现現问問关關长長开開见見从從实實' +
  '与與体體么麼样樣没沒机機当當种種电電业業东東两兩无無点點应應产產几幾头頭边邊让讓觉覺气氣认認书書车車' +
  '马馬门門听聽乐樂报報华華处處记記员員总總统統间間区區战戰军軍质質万萬亲親师師张張龙龍鸟鳥鱼魚页頁风風' +
  '飞飛语語话話读讀谁誰请請调調议議论論设設计計证證该該变變难難类類图圖网網络絡织織结結给給红紅级級线線' +
  '练練组組细細终終维維绝絕续續写寫园園圆圓众眾传傳伤傷价價优優丽麗举舉义義乌烏习習买買卖賣乱亂争爭亚亞' +
  '伟偉检檢权權极極标標树樹桥橋楼樓欢歡汉漢汤湯沟溝测測济濟浓濃湾灣灭滅灯燈热熱爱愛状狀独獨环環画畫疗療' +
  '离離确確礼禮积積称稱稳穩穷窮竞競笔筆签簽简簡粮糧紧緊罗羅职職联聯脑腦脸臉艺藝节節药藥获獲营營虽雖补補' +
  '规規视視览覽订訂讨討训訓讲講许許访訪评評识識诉訴词詞试試诗詩询詢误誤课課谈談谢謝贝貝负負贡貢财財责責' +
  '败敗货貨购購贵貴费費贸貿资資赛賽赵趙跃躍转轉轮輪软軟轻輕载載较較辅輔辆輛输輸辞辭达達运運远遠违違连連' +
  '迟遲选選递遞遗遺邓鄧郑鄭钱錢铁鐵银銀错錯镇鎮闭閉闻聞阅閱队隊阳陽阴陰际際陆陸险險雾霧顺順须須领領频頻' +
  '题題颜顏饭飯饮飲馆館驾駕验驗鲜鮮鸡雞齐齊';

const SIMPLIFIED_ONLY = new Set([...SIMPLIFIED_TRADITIONAL].filter((_, i) => i % 2 === 0));
const TRADITIONAL_ONLY = new Set([...SIMPLIFIED_TRADITIONAL].filter((_, i) => i % 2 === 1));

/** Above this share of Han characters among its letters, a text is taken to be written in Chinese. */
export const HAN_SHARE = 0.5;

/** Web addresses, which are Latin letters whatever the language around them. */
const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;

/**
 * The share of Han characters among the letters of a text, leaving out web addresses: a Chinese
 * article full of links is still Chinese.
 * @example hanShare('器官移植 https://example.org/a') // 1
 */
export function hanShare(text: string): number {
  const withoutUrls = text.replace(URL_PATTERN, ' ');
  const letters = withoutUrls.match(/\p{L}/gu)?.length ?? 0;
  const han = withoutUrls.match(/\p{Script=Han}/gu)?.length ?? 0;
  return letters === 0 ? 0 : han / letters;
}

/**
 * Whether a Chinese text is written in Simplified or Traditional characters, from the characters that
 * only one of the two uses; `undefined` when it holds none of them, or as many of each.
 * @example chineseTextScript('这个国家') // 'Hans'
 * @example chineseTextScript('這個國家') // 'Hant'
 */
export function chineseTextScript(text: string): 'Hans' | 'Hant' | undefined {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (SIMPLIFIED_ONLY.has(char)) simplified++;
    else if (TRADITIONAL_ONLY.has(char)) traditional++;
  }
  if (simplified === traditional) return undefined;
  return simplified > traditional ? 'Hans' : 'Hant';
}

/**
 * The language a text is written in, when nothing else says: Chinese when more than half its letters
 * (web addresses left out) are Han characters, tagged `zh-Hans` or `zh-Hant` by its characters, or
 * plain `zh` when they do not tell; `undefined` for any other text, which the archive takes as English.
 * @example textLanguage('国际联盟呼吁中共立即停止强摘器官') // 'zh-Hans'
 */
export function textLanguage(text: string): string | undefined {
  if (hanShare(text) <= HAN_SHARE) return undefined;
  const script = chineseTextScript(text);
  return script ? `zh-${script}` : 'zh';
}

/**
 * The script a Chinese language tag implies: `Hans` for zh-Hans and the regions that write Simplified
 * (zh-CN, zh-SG, zh-MY), `Hant` for zh-Hant and those that write Traditional (zh-TW, zh-HK, zh-MO).
 * @example chineseScript('zh-TW') // 'Hant'
 */
export function chineseScript(tag: string): 'Hans' | 'Hant' | undefined {
  const subtags = tag.toLowerCase().split('-');
  if (subtags[0] !== 'zh') return undefined;
  if (subtags.includes('hans') || ['cn', 'sg', 'my'].some((region) => subtags.includes(region))) return 'Hans';
  if (subtags.includes('hant') || ['tw', 'hk', 'mo'].some((region) => subtags.includes(region))) return 'Hant';
  return undefined;
}

/**
 * An article's language: the `lang` its front matter states, else the language its text shows (`textLanguage`, the
 * importer's rule too), else English. `text` is what a reader reads: the title and the body.
 * @example articleLanguage(undefined, '这个国家的器官移植') // 'zh-Hans'
 * @example articleLanguage('zh-TW', '…') // 'zh-TW'
 */
export function articleLanguage(declared: string | undefined, text: string): string {
  return declared ?? textLanguage(text) ?? DEFAULT_LANGUAGE;
}

/** Whether search splits a language's text into words itself (Pagefind does for Chinese, Japanese and Thai). */
export function isSegmentedLanguage(tag: string): boolean {
  return ['zh', 'ja', 'th'].includes(tag.toLowerCase().split('-')[0] ?? '');
}
