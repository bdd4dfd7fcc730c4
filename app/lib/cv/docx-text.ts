// The text of a Word (.docx) file, read in the browser with mammoth; loaded by cv-file.ts only when one is chosen.
import mammoth from "mammoth";

/** The document's paragraphs, one per line. Throws when the file is not a .docx. */
export async function docxText(data: ArrayBuffer): Promise<string> {
  return (await mammoth.extractRawText({ arrayBuffer: data })).value;
}
