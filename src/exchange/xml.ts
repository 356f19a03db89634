// XML in and out, safely. In: a document type or entity declaration is refused before parsing (no
// external entities, no billion laughs), so is nesting no graph file needs, and the parser's
// complaint becomes one sentence. Out: text escaped for attributes and elements, without the
// characters XML 1.0 cannot hold.
import { message } from '../i18n/message';
import { sizeProblem } from './assemble';
import { clip } from './fields';
import type { Report } from './report';

/**
 * Elements below `root` by local name, whatever namespace prefix the file uses, in document
 * order. A walk of our own: a live getElementsByTagName collection, spread into an array, costs
 * a quadratic time in jsdom (30 s for 40k elements).
 */
export function elementsNamed(root: Document | Element, name: string): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  const start = root.firstElementChild;
  if (start) stack.push(start);
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (element.localName === name) found.push(element);
    // Siblings go on the stack after children are visited: push the sibling first.
    if (element.nextElementSibling) stack.push(element.nextElementSibling);
    if (element.firstElementChild) stack.push(element.firstElementChild);
  }
  return found;
}

export function childrenNamed(parent: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === name) found.push(child);
  }
  return found;
}

/** The parsed document, or null after reporting why it cannot be read. */
export function parseXml(text: string, report: Report): Document | null {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    report.problem(message('exchange.xml.declarations'));
    return null;
  }
  if (nestsDeeperThan(text, MAX_XML_DEPTH)) {
    report.problem(message('exchange.xml.tooDeep', { most: MAX_XML_DEPTH }));
    return null;
  }
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagNameNS('*', 'parsererror')[0];
  if (error) {
    // Chromium wraps the message in a <div>; Firefox and jsdom give it as the element's text.
    const complaint = (error.querySelector('div') ?? error).textContent ?? '';
    report.problem(message('exchange.xml.malformed', { detail: clip(complaint.trim(), 160) }));
    return null;
  }
  return doc;
}

/** GEXF and GraphML need under ten levels; parsers recurse per level (jsdom took 14 s for 10k). */
export const MAX_XML_DEPTH = 100;

/**
 * Whether elements nest deeper than `max`, read from the text in one pass before any parser
 * builds the tree. Comments, CDATA, processing instructions and quoted attribute values are
 * skipped, so their `<` and `>` do not count; a malformed tag stops the count (the parser then
 * says what is wrong).
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let at = text.indexOf('<');
  while (at >= 0) {
    if (text.startsWith('<!--', at)) at = after(text, '-->', at + 4);
    else if (text.startsWith('<![CDATA[', at)) at = after(text, ']]>', at + 9);
    else if (text[at + 1] === '?' || text[at + 1] === '!') at = after(text, '>', at + 2);
    else if (text[at + 1] === '/') {
      depth -= 1;
      at = after(text, '>', at + 2);
    } else {
      const end = tagEnd(text, at + 1);
      if (end < 0) return false;
      if (text[end - 1] !== '/' && ++depth > max) return true;
      at = end + 1;
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

/** The index of the `>` closing a start tag, skipping quoted attribute values; -1 if none. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

/** Characters XML 1.0 forbids (most C0 controls, U+FFFE/U+FFFF, lone surrogates): dropped. */
const NOT_XML = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
  'g',
);

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** For attribute values: line breaks and tabs as references, so that parsers keep them. */
export function escapeAttribute(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** For element text: a carriage return as a reference, which parsers would otherwise drop. */
export function escapeText(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * The <graph>, <node> and <edge> elements of a graph file whose root is `rootName` (gexf, graphml), or
 * null with the problem reported: not that kind of file, or more than Concord imports.
 */
export function graphElements(
  doc: Document,
  rootName: string,
  label: string,
  report: Report,
): { graph: Element; nodes: Element[]; edges: Element[] } | null {
  const graph = elementsNamed(doc, 'graph')[0];
  if (doc.documentElement.localName !== rootName || !graph) {
    report.problem(message('exchange.xml.notGraphFile', { format: label, root: rootName }));
    return null;
  }
  const nodes = elementsNamed(graph, 'node');
  const edges = elementsNamed(graph, 'edge');
  const tooLarge = sizeProblem(nodes.length, edges.length);
  if (tooLarge) {
    report.problem(tooLarge);
    return null;
  }
  return { graph, nodes, edges };
}
