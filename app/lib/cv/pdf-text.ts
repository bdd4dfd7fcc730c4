// The text of a PDF, read in the browser with PDF.js; loaded by cv-file.ts only when a PDF is chosen.
import { GlobalWorkerOptions, getDocument } from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

GlobalWorkerOptions.workerSrc = workerUrl;

/** Every page's text in order, a line break where the PDF ends a line. Throws on a damaged or locked file. */
export async function pdfText(data: ArrayBuffer): Promise<string> {
  // Reading text needs no fonts: keep PDF.js from loading any.
  const task = getDocument({ data: new Uint8Array(data), useSystemFonts: false, disableFontFace: true });
  try {
    const pdf = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
    }
    return pages.join("\n\n");
  } finally {
    await task.destroy();
  }
}
