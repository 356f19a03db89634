// Runs the extractor on a short text written for a test and returns the corpus JSON.
import { extractArticle, toCorpusJson } from '../../../src/extract';

export const corpusOf = (text: string) => toCorpusJson(extractArticle(text));

export const orgNames = (text: string) => corpusOf(text).organisations.map((o) => o.name);
