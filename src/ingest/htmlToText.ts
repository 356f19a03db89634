// HTML to the plain text of an article, in the browser. DOMParser builds an inert document:
// scripts in it never run and nothing it references is fetched. Block elements become lines.

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
