// Files in: UTF-8 text, Markdown and HTML become articles; anything else gets a sentence.
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n';
import { htmlToText } from '../../../src/ingest/htmlToText';
import {
  decodeArticle,
  MAX_ARTICLE_BYTES,
  readArticleFile,
  type ReadResult,
} from '../../../src/ingest/readArticleFile';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** What the refusal says, in English or Vietnamese. */
const said = (read: ReadResult, locale: 'en' | 'vi' = 'en') =>
  read.ok ? null : translate(locale, read.message);

describe('decodeArticle', () => {
  it('reads UTF-8 text, dropping a byte-order mark and Windows line ends', () => {
    const read = decodeArticle('a.txt', utf8('\uFEFFDòng một\r\nDòng hai'));
    expect(read).toEqual({ ok: true, name: 'a.txt', text: 'Dòng một\nDòng hai' });
  });

  it('refuses bytes that are not UTF-8', () => {
    const read = decodeArticle('latin1.txt', new Uint8Array([0x44, 0xf2, 0x6e, 0x67]));
    expect(said(read)).toBe('latin1.txt is not UTF-8 text. Save it as UTF-8 and try again.');
    expect(said(read, 'vi')).toMatch(/^latin1\.txt không phải văn bản UTF-8\./);
  });

  it('refuses a binary file', () => {
    const read = decodeArticle('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(said(read)).toBe('image.png looks like a binary file, not an article.');
  });

  it('refuses an empty or blank file', () => {
    expect(said(decodeArticle('empty.txt', new Uint8Array()))).toBe('empty.txt has no text.');
    expect(said(decodeArticle('blank.md', utf8('  \n\t ')))).toBe('blank.md has no text.');
  });

  it('refuses a 5 MB file without reading it', async () => {
    const file = new File([new Uint8Array(5 * 1024 * 1024)], 'big.txt');
    const read = await readArticleFile(file);
    expect(said(read)).toBe('big.txt is 5 MB; Concord reads articles up to 2 MB.');
    expect(MAX_ARTICLE_BYTES).toBe(2 * 1024 * 1024);
  });

  it('writes the size the way the reader writes numbers', () => {
    const read = decodeArticle('a.txt', new Uint8Array(2.5 * 1024 * 1024));
    expect(said(read)).toBe('a.txt is 2.5 MB; Concord reads articles up to 2 MB.');
    expect(said(read, 'vi')).toBe(
      'a.txt có dung lượng 2,5 MB; Concord chỉ đọc bài viết tối đa 2 MB.',
    );
  });

  it('refuses HTML nested deeper than any article', () => {
    const read = decodeArticle('deep.html', utf8('<div>'.repeat(1_001)));
    expect(said(read)).toBe(
      'deep.html nests its elements more than 1,000 deep, which no article needs.',
    );
    expect(said(read, 'vi')).toContain('lồng nhau quá 1.000 cấp');
  });

  it('turns an .html file into its text', () => {
    const read = decodeArticle(
      'page.html',
      utf8('<html><body><h1>Tiêu đề</h1><p>Đoạn <b>một</b>.</p></body></html>'),
    );
    expect(read).toEqual({ ok: true, name: 'page.html', text: 'Tiêu đề\nĐoạn một.' });
  });
});

describe('htmlToText', () => {
  it('drops scripts, styles and handlers without running anything', () => {
    const globals = window as unknown as Record<string, unknown>;
    const html = `<html><head><title>T</title><script>window.__ran = 1</script><style>p{}</style></head>
      <body><h1>Ban Dân vận ký kết</h1><img src=x onerror="window.__ran = 2"><p>Nội dung <script>window.__ran = 3</script>chính.</p>
      <nav>Trang chủ</nav><footer>Bản quyền</footer></body></html>`;
    expect(htmlToText(html)).toBe('Ban Dân vận ký kết\nNội dung chính.');
    expect(globals.__ran).toBeUndefined();
  });

  it('keeps block structure as lines and puts the headline first', () => {
    expect(
      htmlToText('<title>Tiêu đề trang</title><div>Một</div><ul><li>Hai</li><li>Ba</li></ul>'),
    ).toBe('Tiêu đề trang\nMột\nHai\nBa');
  });
});
