// Declarations for untyped modules the format readers load.
// The parts of word-extractor (no bundled types) the .doc reader uses.
declare module 'word-extractor' {
  interface WordDocument {
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: Buffer | string): Promise<WordDocument>;
  }
}
declare module 'word-extractor/lib/filters.js' {
  const filters: { clean(s: string): string; binaryToUnicode(s: string): string; filter(s: string): string };
  export default filters;
}
declare module 'word-extractor/lib/word-ole-extractor.js' {
  const WordOleExtractor: { prototype: { extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>; buildDocument(): unknown } };
  export default WordOleExtractor;
}
// pdfjs-dist ships no types for its worker module; the .pdf reader only hands it to pdfjs (globalThis.pdfjsWorker).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
