/** Types for pdf.js's worker module, imported into the import worker to run pdf.js in place. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
