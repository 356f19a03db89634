// How many articles per second the extractor reads in Node: ~4 KB inputs made by joining the
// corpus articles (shared/corpus/articles, or the sample articles when that folder is absent).
// Prints the figure; the target is 200 articles/s on the 2-core CI machine.
// Run: npm run bench:extract
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractArticle } from '../src/extract';

const TARGET_BYTES = 4096;
const WARMUP_ROUNDS = 3;
const MEASURED_ROUNDS = 10;

function articleTexts(): string[] {
  const folders = ['../shared/corpus/articles', 'src/sample/articles'];
  const folder = folders.map((f) => path.resolve(f)).find((f) => existsSync(f));
  if (!folder) throw new Error('No articles found for the bench.');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(folder, name), 'utf8'));
}

/** Inputs of about 4 KB: each article followed by the next ones, cut at a line break. */
function inputsOf(texts: readonly string[]): string[] {
  return texts.map((_, first) => {
    let input = '';
    for (let i = first; Buffer.byteLength(input) < TARGET_BYTES; i = (i + 1) % texts.length) {
      input += `${texts[i]}\n\n`;
    }
    const bytes = Buffer.from(input).subarray(0, TARGET_BYTES).toString('utf8');
    return bytes.slice(0, Math.max(bytes.lastIndexOf('\n'), bytes.length / 2));
  });
}

export interface ExtractFigures {
  articles: number;
  seconds: number;
  /** Mean size of an input, in bytes. */
  bytes: number;
  articlesPerSecond: number;
}

/** Extracts every ~4 KB input MEASURED_ROUNDS times after WARMUP_ROUNDS unmeasured ones. */
export function measureExtract(): ExtractFigures {
  const inputs = inputsOf(articleTexts());
  for (let round = 0; round < WARMUP_ROUNDS; round++)
    inputs.forEach((input) => extractArticle(input));
  const start = performance.now();
  for (let round = 0; round < MEASURED_ROUNDS; round++) {
    inputs.forEach((input) => extractArticle(input));
  }
  const seconds = (performance.now() - start) / 1000;
  const articles = inputs.length * MEASURED_ROUNDS;
  const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input), 0) / inputs.length;
  return { articles, seconds, bytes, articlesPerSecond: articles / seconds };
}

export function main() {
  const { articles, seconds, bytes, articlesPerSecond } = measureExtract();
  console.log(
    `extract: ${articles} articles of ~${Math.round(bytes)} bytes in ${seconds.toFixed(2)} s`,
  );
  console.log(
    `extract: ${articlesPerSecond.toFixed(0)} articles/s (target ≥ 200) on ${os.cpus().length} cores, Node ${process.version}`,
  );
}
