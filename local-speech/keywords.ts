// Which expected keywords a transcript contains: the speech tests and end-to-end voice tests check Whisper's output with it.

/** Lower-case words of `text`: runs of letters and digits, everything else a separator. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The `keywords` (lower-case, letters and digits only) that `transcript` contains as a word, or as two
 * neighbouring words run together: Whisper writes "TypeScript", "Type Script" and "type-script" for the
 * same speech. No stemming: "built" is not heard in "build".
 */
export function keywordsHeard(transcript: string, keywords: readonly string[]): string[] {
  const heard = words(transcript);
  const forms = new Set(heard);
  for (let i = 1; i < heard.length; i++) forms.add(heard[i - 1]! + heard[i]!);
  return keywords.filter((keyword) => forms.has(keyword));
}
