// Files in: UTF-8 text, Markdown and HTML become articles; anything else gets a sentence.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/ingest/htmlToText';
import {
  decodeArticle,
  MAX_ARTICLE_BYTES,
  readArticleFile,
} from '../../../src/ingest/readArticleFile';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle', () => {
  it('reads UTF-8 text, dropping a byte-order mark and Windows line ends', () => {
    const read = decodeArticle('a.txt', utf8('\uFEFFDòng một\r\nDòng hai'));
    expect(read).toEqual({ ok: true, name: 'a.txt', text: 'Dòng một\nDòng hai' });
  });

  it('refuses bytes that are not UTF-8', () => {
    const read = decodeArticle('latin1.txt', new Uint8Array([0x44, 0xf2, 0x6e, 0x67]));
    expect(read.ok === false && read.message).toMatch(/not UTF-8/);
  });

  it('refuses a binary file', () => {
    const read = decodeArticle('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(read.ok === false && read.message).toMatch(/binary/);
  });

  it('refuses an empty or blank file', () => {
    expect(decodeArticle('empty.txt', new Uint8Array()).ok).toBe(false);
    expect(decodeArticle('blank.md', utf8('  \n\t ')).ok).toBe(false);
  });

  it('refuses a 5 MB file without reading it', async () => {
    const file = new File([new Uint8Array(5 * 1024 * 1024)], 'big.txt');
    const read = await readArticleFile(file);
    expect(read.ok === false && read.message).toMatch(
      /5\.0 MB; Concord reads articles up to 2\.0 MB/,
    );
    expect(MAX_ARTICLE_BYTES).toBe(2 * 1024 * 1024);
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
