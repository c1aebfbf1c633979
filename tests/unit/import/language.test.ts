import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../../scripts/import/language';

describe('chooseLanguage', () => {
  it('leaves English text to the schema default and writes nothing', () => {
    expect(chooseLanguage({ text: 'The registry lists every transplant.' })).toEqual({
      how: 'the default, English',
    });
  });

  it('takes a text written mostly in Simplified characters for zh-Hans', () => {
    const choice = chooseLanguage({ text: '国际联盟呼吁中共立即停止强摘器官，并允许独立调查。The CCP denied it.' });
    expect(choice).toEqual({ lang: 'zh-Hans', how: 'the text: mostly Han characters, Simplified' });
  });

  it('takes a text written mostly in Traditional characters for zh-Hant', () => {
    expect(chooseLanguage({ text: '國際聯盟呼籲中共立即停止強摘器官，並允許獨立調查。' }).lang).toBe('zh-Hant');
  });

  it('asks the editor to narrow a Chinese text whose characters do not show the script', () => {
    expect(chooseLanguage({ text: '器官移植' })).toEqual({
      lang: 'zh',
      how: 'the text: mostly Han characters, which do not show Simplified or Traditional',
      todo: 'lang: set to zh; pass --lang zh-Hans or --lang zh-Hant if you know which',
    });
  });

  it('does not count the letters of web addresses against a Chinese text', () => {
    const text = '宇航员在太空中喝酒会怎么样 https://www.example.com/news/2017/03/10/astronauts-drinking-in-space.html';
    expect(chooseLanguage({ text }).lang).toBe('zh-Hans');
  });

  it('does not call an English text Chinese for quoting a few characters', () => {
    expect(chooseLanguage({ text: 'The sign read 器官 (organs) above the hospital door.' }).lang).toBeUndefined();
  });

  it("uses the page's declared language, written the way the schema expects", () => {
    expect(chooseLanguage({ declared: 'zh_TW', text: 'anything' })).toEqual({
      lang: 'zh-TW',
      how: 'the page’s <html lang> (zh-TW)',
    });
  });

  it('writes nothing for a page that declares a kind of English', () => {
    expect(chooseLanguage({ declared: 'en-GB', text: 'The registry.' }).lang).toBeUndefined();
  });

  it('believes the text over a page that declares English for a Chinese article, and says so', () => {
    expect(chooseLanguage({ declared: 'en', text: '这个国家的器官移植' })).toEqual({
      lang: 'zh-Hans',
      how: 'the text: mostly Han characters, Simplified; the page’s <html lang> says en',
    });
  });

  it('ignores a declared language that is no language tag and reads the characters instead', () => {
    expect(chooseLanguage({ declared: 'Chinese!', text: '这个国家的器官移植' }).lang).toBe('zh-Hans');
  });

  it("lets the editor's --lang win over the page", () => {
    expect(chooseLanguage({ option: 'zh-CN', declared: 'en', text: 'Text' })).toEqual({
      lang: 'zh-CN',
      how: '--lang (zh-CN)',
    });
  });
});
