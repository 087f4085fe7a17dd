// pdf.js ships no types for its worker module, which is loaded to run the worker in this thread.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
