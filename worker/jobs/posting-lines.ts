// Turns a pasted job posting (plain text, Markdown or HTML source) into clean lines for read-posting.ts.
import { decodeHTML } from "entities/decode";

export interface PostingLine {
  /** The line's words: no bullet, no Markdown marks, single spaces. */
  text: string;
  /** It was a list item: "-", "•", "1.", "a)", an emoji… or an HTML <li>. */
  bullet: boolean;
  /** Marked as a heading by its source: "# …", "**…**" alone on the line, or an HTML <h1>–<h6>. */
  marked: boolean;
}

// Only text that has closing tags or block tags is treated as HTML, so "C<T>" or "<3 years" stay text.
const HTML_HINT = /<\/(?:p|li|ul|ol|div|h[1-6]|strong|b|span)>|<(?:br|li|p|ul|h[1-6])\b[^>]*>/i;

/** HTML source → text with one block per line; list items keep a bullet and headings a "#". */
function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "\n• ")
    .replace(/<h[1-6]\b[^>]*>/gi, "\n# ")
    .replace(/<\/(?:p|div|li|ul|ol|h[1-6]|tr|section|article|header|footer|table)\s*>|<(?:p|div|tr|section|ul|ol)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "");
  return decodeHTML(text);
}

// "-", "*", "•" and their cousins, "1.", "1)", "(1)", "a)", "iv.", or a pictograph such as ✅ or 🚀.
const BULLET = /^(?:[-*•·◦▪▫‣⁃●○■□►▶➤➢→✓✔✗☐–—]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]|\p{Extended_Pictographic}\uFE0F?)\s+/iu;
// The "o " bullets Word leaves behind, only where a capital follows ("o Build…", never "on call").
const WORD_BULLET = /^o\s+(?=[A-Z])/;

/** Splits pasted text into lines: HTML and Markdown removed, list items marked, wrapped lines joined. */
export function postingLines(raw: string): PostingLine[] {
  const text = HTML_HINT.test(raw) ? htmlToText(raw) : raw;
  const lines: PostingLine[] = [];
  for (const rawLine of text.replace(/\r\n?/g, "\n").split("\n")) {
    let line = rawLine.replace(/[\u200B-\u200D\uFEFF]/g, "").replace(/[\s\u00A0]+/g, " ").trim();
    if (!line) {
      lines.push({ text: "", bullet: false, marked: false });
      continue;
    }
    let marked = false;
    const hashes = /^#{1,6}\s+/.exec(line);
    if (hashes) {
      marked = true;
      line = line.slice(hashes[0].length);
    }
    let bullet = false;
    const marker = BULLET.exec(line) ?? WORD_BULLET.exec(line);
    if (marker) {
      bullet = true;
      line = line.slice(marker[0].length);
    }
    // "**About you**" alone on a line is a heading; emphasis inside a sentence is only dropped.
    const bold = /^(?:\*\*|__)(.+?)(?:\*\*|__):?$/.exec(line);
    if (bold && !bullet) marked = true;
    line = line.replace(/\*\*|__/g, "").replace(/^[*_](.+)[*_]$/, "$1").trim();
    if (!line) continue;
    const previous = lines.at(-1);
    // A hard-wrapped item (from a PDF or an e-mail) goes on in lower case on the next line.
    if (previous?.text && !bullet && !marked && !previous.marked && /^[a-z(]/.test(line) && !/[.!?:]$/.test(previous.text)) {
      previous.text = `${previous.text} ${line}`;
      continue;
    }
    lines.push({ text: line, bullet, marked });
  }
  return lines;
}
