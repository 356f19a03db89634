// Finds words written straight into the code instead of the message catalogues: text between JSX
// tags, text attributes (title, aria-label, placeholder…), and any string that reads as prose (two
// words or more). Strings that are data rather than UI (file formats, CSS, selectors) carry a
// comment `i18n-exempt: why` on the line before or at the end of their line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface HardCodedText {
  file: string;
  line: number;
  text: string;
}

/** Not UI: the catalogues themselves, Vietnamese language data, sample articles, Node servers. */
const SKIPPED = [
  /^src\/i18n\//,
  /^src\/extract\//,
  /^src\/sample\//,
  /^src\/servers\//,
  /^src\/model\/abbreviations\.ts$/,
  /\.d\.ts$/,
];

const TEXT_ATTRIBUTES = new Set([
  'title',
  'alt',
  'label',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
]);
/** Attributes whose strings are never read by a person. */
const CODE_ATTRIBUTES =
  /^(class|classList|className|style|data-[\w-]+|id|for|type|role|name|rel|href|src|accept|autocomplete|inputmode|pattern|lang|dir|value|href|target|ref)$/;
/** Calls whose string arguments are selectors, keys or events, never shown. */
const CODE_CALLS = new Set([
  'querySelector',
  'querySelectorAll',
  'closest',
  'matches',
  'addEventListener',
  'removeEventListener',
  'getItem',
  'setItem',
  'removeItem',
  'mark',
  'measure',
  'getPropertyValue',
  'setProperty',
  'createElement',
  'selector',
  'style',
]);

/** Object fields that hold words for a person, even one word: `{ label: 'Delete' }`. */
const TEXT_FIELDS =
  /^(label|title|hint|message|text|description|placeholder|heading|caption|confirmLabel|reason|problem|warning|error|summary|detail)s?$/i;

const LETTER = /\p{L}/u;
/** Two words in a row: "Add an entity", "giai đoạn"; not "btn-primary" nor "person:org". */
const PROSE = /\p{L}{2,}[ \u00a0]+[\p{L}“"(]\p{L}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function exempted(source: ts.SourceFile, node: ts.Node): boolean {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  const lines = source.text.split('\n');
  return [lines[line], lines[line - 1] ?? ''].some((text) => text.includes('i18n-exempt'));
}

function attributeName(node: ts.Node): string | null {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isJsxAttribute(at)) return at.name.getText();
    if (ts.isJsxElement(at) || ts.isJsxSelfClosingElement(at) || ts.isBlock(at)) return null;
  }
  return null;
}

function calledFunction(node: ts.Node): string | null {
  const parent = node.parent;
  if (!ts.isCallExpression(parent) && !ts.isNewExpression(parent)) return null;
  const callee = parent.expression;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return ts.isIdentifier(callee) ? callee.text : null;
}

function isCode(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
  if (ts.isLiteralTypeNode(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isElementAccessExpression(parent)) return true;
  const call = calledFunction(node);
  if (call !== null && CODE_CALLS.has(call)) return true;
  const attribute = attributeName(node);
  return attribute !== null && CODE_ATTRIBUTES.test(attribute);
}

function isTextField(node: ts.Node, text: string): boolean {
  const parent = node.parent;
  return (
    ts.isPropertyAssignment(parent) &&
    parent.initializer === node &&
    TEXT_FIELDS.test(parent.name.getText().replace(/['"]/g, '')) &&
    LETTER.test(text)
  );
}

/** The literal text of a string or template, split where a template substitutes a value. */
function stringParts(node: ts.Node): string[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  return null;
}

export function findHardCodedText(root: string): HardCodedText[] {
  const found: HardCodedText[] = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    const file = relative(root, path);
    if (SKIPPED.some((pattern) => pattern.test(file))) continue;
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const report = (node: ts.Node, text: string) => {
      if (exempted(source, node)) return;
      // JSX text starts with the line break after its tag: count from its first letter.
      const leading = ts.isJsxText(node) ? text.length - text.trimStart().length : 0;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source) + leading);
      found.push({ file, line: line + 1, text: text.trim().slice(0, 80) });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text);
      else if (
        ts.isJsxAttribute(node) &&
        node.initializer &&
        ts.isStringLiteral(node.initializer)
      ) {
        const name = node.name.getText();
        if (TEXT_ATTRIBUTES.has(name) && LETTER.test(node.initializer.text))
          report(node, `${name}="${node.initializer.text}"`);
        else if (!CODE_ATTRIBUTES.test(name) && PROSE.test(node.initializer.text))
          report(node, `${name}="${node.initializer.text}"`);
        return;
      } else {
        const parts = stringParts(node);
        const text = parts?.join(' ');
        if (
          parts &&
          text !== undefined &&
          !isCode(node) &&
          (PROSE.test(text) || isTextField(node, text))
        )
          report(node, parts.join(' … '));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
