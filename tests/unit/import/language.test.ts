import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../../scripts/import/language';

describe('chooseLanguage', () => {
  it('leaves English text to the schema default and writes nothing', () => {
    expect(chooseLanguage({ text: 'The registry lists every transplant.' })).toEqual({
      how: 'the default, English',
    });
  });

  it('takes a text written mostly in Han characters for Chinese and asks the editor to narrow it', () => {
    const choice = chooseLanguage({ text: '国际联盟呼吁中共立即停止强摘器官，并允许独立调查。The CCP denied it.' });
    expect(choice.lang).toBe('zh');
    expect(choice.todo).toBe(
      'lang: set to zh from the characters; pass --lang zh-CN or --lang zh-TW if you know which',
    );
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
    expect(chooseLanguage({ declared: 'en-GB', text: '器官移植' }).lang).toBeUndefined();
  });

  it('ignores a declared language that is no language tag and reads the characters instead', () => {
    expect(chooseLanguage({ declared: 'Chinese!', text: '器官移植登记处' }).lang).toBe('zh');
  });

  it("lets the editor's --lang win over the page", () => {
    expect(chooseLanguage({ option: 'zh-CN', declared: 'en', text: 'Text' })).toEqual({
      lang: 'zh-CN',
      how: '--lang (zh-CN)',
    });
  });
});
