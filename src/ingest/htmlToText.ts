// HTML to the plain text of an article, in the browser. DOMParser builds an inert document:
// scripts in it never run and nothing it references is fetched. Block elements become lines.
// Nesting no page needs is refused first: parsers take a time quadratic in depth (Chromium: 39 s
// on the main thread for 100,000 nested <div>s, 1 MB).

const DROPPED =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, head, nav, footer, form';
const BLOCK =
  /^(P|DIV|H[1-6]|LI|TR|BR|SECTION|ARTICLE|HEADER|BLOCKQUOTE|PRE|TABLE|UL|OL|FIGCAPTION|DD|DT)$/;

function collect(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const block = BLOCK.test((node as Element).tagName);
  if (block) out.push('\n');
  node.childNodes.forEach((child) => collect(child, out));
  if (block) out.push('\n');
}

/** The article's text, headline first when the page has one. */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const title = (doc.querySelector('h1')?.textContent ?? doc.title ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  doc.querySelectorAll(DROPPED).forEach((element) => element.remove());
  const parts: string[] = [];
  if (doc.body) collect(doc.body, parts);
  const lines = parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (title && lines[0] !== title) lines.unshift(title);
  return lines.join('\n');
}

/** Deeper than any page needs; Chromium's parser takes ~10 ms at this depth. */
export const MAX_HTML_DEPTH = 1_000;

const words = (list: string) => new Set(list.split(' '));
// Elements that never hold others, or that the next of their kind closes: never deep on their own.
// i18n-exempt: HTML tag names, read by the parser, never by a person
const VOID = words('area base br col embed hr img input link meta source track wbr param frame');
const OPTIONAL_END = words(
  // i18n-exempt: HTML tag names, read by the parser, never by a person
  'p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption',
);
// Their content is text up to their end tag, whatever it looks like.
// i18n-exempt: HTML tag names, read by the parser, never by a person
const RAW_TEXT = words('script style textarea title xmp iframe noembed noframes');

/**
 * Whether the page's elements nest deeper than `max`, read from the text in one pass before any
 * parser builds the tree. An end tag closes what is open down to its element, as a parser's
 * implied end tags do; `/>` closes only inside SVG and MathML, as in HTML.
 */
export function htmlNestsDeeperThan(html: string, max: number): boolean {
  const text = html.toLowerCase();
  const stack: string[] = [];
  const open = new Map<string, number>();
  const popTo = (name: string) => {
    if (!open.get(name)) return;
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      open.set(top, open.get(top)! - 1);
      if (top === name) return;
    }
  };
  const opens = (name: string, selfClosed: boolean) =>
    !VOID.has(name) &&
    !OPTIONAL_END.has(name) &&
    !(selfClosed && (open.get('svg') || open.get('math')));
  let at = text.indexOf('<');
  while (at >= 0) {
    if (text.startsWith('<!--', at)) at = after(text, '-->', at + 4);
    else {
      const end = text.indexOf('>', at);
      if (end < 0) return false;
      const closing = text[at + 1] === '/';
      const name = /^[a-z][^\s/>]*/.exec(text.slice(at + (closing ? 2 : 1), at + 64))?.[0];
      at = end + 1;
      if (name === 'plaintext') return false;
      if (name && closing) popTo(name);
      else if (name && RAW_TEXT.has(name)) at = after(text, `</${name}`, at);
      else if (name && opens(name, text[end - 1] === '/')) {
        stack.push(name);
        open.set(name, (open.get(name) ?? 0) + 1);
        if (stack.length > max) return true;
      }
    }
    at = at < text.length ? text.indexOf('<', at) : -1;
  }
  return false;
}

/** The index just past `marker`, or the end of the text. */
function after(text: string, marker: string, from: number): number {
  const found = text.indexOf(marker, from);
  return found < 0 ? text.length : found + marker.length;
}
