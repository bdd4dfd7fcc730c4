// Recognises the audio a text-to-speech service sent by its first bytes, so what is stored and served as the
// interviewer's voice is audio of a known type whatever the service's headers say. Used by every provider's speak().

/**
 * The MIME type of `bytes` from its magic numbers: audio/mpeg (an ID3 tag or an MPEG frame sync), audio/wav
 * (RIFF…WAVE), audio/ogg (OggS), audio/flac (fLaC), audio/aac (an ADTS frame sync); null for anything else.
 */
export function audioTypeOf(bytes: Uint8Array): string | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length < 12) return null;
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WAVE") return "audio/wav";
  if (ascii(0, 4) === "OggS") return "audio/ogg";
  if (ascii(0, 4) === "fLaC") return "audio/flac";
  if (ascii(0, 3) === "ID3") return "audio/mpeg";
  // 12 set bits of frame sync; the layer bits tell MPEG audio (layer III, II, I) from AAC in ADTS (layer 00).
  if (bytes[0] === 0xff && (bytes[1]! & 0xf0) === 0xf0) return (bytes[1]! & 0x06) === 0 ? "audio/aac" : "audio/mpeg";
  if (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0) return "audio/mpeg";
  return null;
}
