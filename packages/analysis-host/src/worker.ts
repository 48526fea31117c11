// The worker thread of the analysis pool: serves the pool's requests with analyzeReport. An
// editor's worker (workerData.editor: the sizes of its caches) keeps paragraph and sentence
// caches across requests, so an edited document is analysed again only where it changed.
import './background.js'; // first: a background worker is lowered before compromise loads
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeReport, createParagraphCache, createSentenceCache } from '@newslens/language-service';
import { traceHeap } from './heap-trace.js';
import type { EditorCaches } from './pool.js';
import { serveAnalyses, type Analyser } from './worker-serve.js';

function editorAnalyser({ paragraphs, sentences }: EditorCaches): Analyser {
  const paragraphCache = createParagraphCache(paragraphs);
  const sentenceCache = createSentenceCache(sentences);
  return (text, options) => analyzeReport(text, { ...options, paragraphCache, sentenceCache });
}

const editor = (workerData as { editor?: EditorCaches } | null)?.editor;
traceHeap(editor ? 'editor' : 'analysis');
if (parentPort) serveAnalyses(parentPort, editor ? editorAnalyser(editor) : analyzeReport);
