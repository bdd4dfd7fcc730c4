// Turns a CV file the candidate chose (PDF, Word .docx or plain text) into text, in the browser: only
// the text is ever sent. Used by the new-interview form; the readers load on first use.

/** Bytes of a CV file: a text CV is under 1 MB even with a photo; 5 MB leaves room for a designed PDF. */
export const CV_FILE_MAX = 5 * 1024 * 1024;

/** A file that cannot be read as a CV, with what to tell the candidate. */
export class CvFileError extends Error {
  override name = "CvFileError";
}

type Kind = "pdf" | "docx" | "text";

function kindOf(file: File): Kind | null {
  const name = file.name.toLowerCase();
  if (file.type === "application/pdf" || name.endsWith(".pdf")) return "pdf";
  if (file.type === "application/vnd.openxmlformats-officedocument.wordprocessingml.document" || name.endsWith(".docx")) return "docx";
  if (file.type.startsWith("text/") || /\.(?:txt|md|text)$/.test(name)) return "text";
  return null;
}

/** "The accept attribute" for a file input: what readCvFile reads. */
export const CV_FILE_TYPES = ".pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain";

/**
 * The file's text, trimmed, with runs of blank lines and spaces collapsed. Throws CvFileError when the
 * file is too large (over CV_FILE_MAX), of another kind, unreadable, or has no text (a scanned PDF).
 */
export async function readCvFile(file: File): Promise<string> {
  const kind = kindOf(file);
  if (!kind) throw new CvFileError("Choose a PDF, a Word document (.docx) or a text file.");
  if (file.size > CV_FILE_MAX) {
    throw new CvFileError(`This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a CV file must be at most 5 MB.`);
  }
  let text: string;
  try {
    const data = await file.arrayBuffer();
    if (kind === "pdf") text = await (await import("./pdf-text")).pdfText(data);
    else if (kind === "docx") text = await (await import("./docx-text")).docxText(data);
    else text = new TextDecoder().decode(data);
  } catch {
    throw new CvFileError(`This file could not be read as a ${kind === "pdf" ? "PDF" : kind === "docx" ? "Word document" : "text file"}. Try another copy, or paste your CV.`);
  }
  const tidy = text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00A0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!tidy) throw new CvFileError("No text found in this file: a scanned CV holds pictures of text. Paste your CV instead.");
  return tidy;
}
