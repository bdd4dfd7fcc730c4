// Chooses a CV file (PDF, Word or text) and hands its text to the new-interview form; the file itself
// never leaves the browser. Says what went wrong with a file that cannot be read.
import { useId, useRef, useState } from "react";
import { CV_FILE_TYPES, CvFileError, readCvFile } from "../../lib/cv/cv-file";

export function CvFileInput({ onText }: { onText: (text: string) => void }) {
  const id = useId();
  const [state, setState] = useState<{ reading: boolean; error: string | null; read: string | null }>({ reading: false, error: null, read: null });

  /** The latest file chosen: a slower read of an earlier choice must not overwrite it. */
  const latest = useRef(0);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    const choice = ++latest.current;
    setState({ reading: true, error: null, read: null });
    try {
      const text = await readCvFile(file);
      if (choice !== latest.current) return;
      onText(text);
      setState({ reading: false, error: null, read: file.name });
    } catch (e) {
      if (choice !== latest.current) return;
      setState({ reading: false, error: e instanceof CvFileError ? e.message : "This file could not be read. Paste your CV instead.", read: null });
    } finally {
      // The same file can be chosen again after it is fixed.
      input.value = "";
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Or read your CV from a file
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        PDF, Word (.docx) or text, up to 5 MB. Its text replaces what is in the box above.
      </p>
      <input
        id={id}
        type="file"
        accept={CV_FILE_TYPES}
        aria-describedby={`${id}-hint${state.error ? ` ${id}-error` : ""}`}
        aria-invalid={state.error ? true : undefined}
        onChange={(e) => void choose(e.currentTarget)}
        className="text-sm text-slate-800 file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
      />
      <p role="status" className="text-sm text-slate-600">
        {state.reading ? "Reading your CV…" : state.read ? `Read ${state.read}.` : ""}
      </p>
      {state.error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      )}
    </div>
  );
}
