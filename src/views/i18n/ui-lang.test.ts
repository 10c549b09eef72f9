import { describe, expect, it } from 'vitest';
import { htmlLang, initialUiLang } from './ui-lang.ts';

describe('initialUiLang', () => {
  it('keeps a stored choice over the browser', () => {
    expect(initialUiLang('en', ['zh-CN'])).toBe('en');
    expect(initialUiLang('zh', ['en-GB'])).toBe('zh');
  });
  it('follows the browser when nothing valid is stored', () => {
    expect(initialUiLang(null, ['zh-TW', 'en'])).toBe('zh');
    expect(initialUiLang('fr', ['en-US'])).toBe('en');
    expect(initialUiLang(null, ['de'])).toBe('en');
  });
  it('starts in Chinese when the browser says nothing', () => {
    expect(initialUiLang(null, [])).toBe('zh');
  });
  it('names the html language', () => {
    expect(htmlLang('zh')).toBe('zh-CN');
    expect(htmlLang('en')).toBe('en');
  });
});
