// Turns an uploaded recording (WebM/Opus, MP4/AAC, Ogg/Opus, WAV) into the 16 kHz mono PCM Whisper reads; used by the local speech server.
import decodeAudio from "@audio/decode";

export const TARGET_SAMPLE_RATE = 16_000;
/** Ten minutes: far above one answer (five); anything longer is refused rather than transcribed for minutes. */
export const MAX_AUDIO_SECONDS = 600;

export type AudioErrorCode = "empty_file" | "unsupported_format" | "invalid_audio" | "audio_too_long";

/** A problem with the uploaded file itself; the message can be shown to the person who sent it. */
export class AudioInputError extends Error {
  readonly code: AudioErrorCode;
  constructor(code: AudioErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "AudioInputError";
    this.code = code;
  }
}

type Container = "webm" | "mp4" | "ogg" | "wav";

const MIME_CONTAINERS: Record<string, Container> = {
  "audio/webm": "webm",
  "video/webm": "webm",
  "audio/mp4": "mp4",
  "video/mp4": "mp4",
  "audio/m4a": "mp4",
  "audio/x-m4a": "mp4",
  "audio/ogg": "ogg",
  "audio/opus": "ogg",
  "audio/wav": "wav",
  "audio/wave": "wav",
  "audio/x-wav": "wav",
  "audio/vnd.wave": "wav",
};
/** Labels that say nothing about the format (curl, some upload libraries): trust the bytes. */
const GENERIC_MIME = new Set(["", "application/octet-stream"]);
const SUPPORTED = "WebM/Opus, MP4/AAC, Ogg/Opus or WAV";

/** Only the containers browsers record in, so the decoder never runs on anything else. */
function sniff(bytes: Uint8Array): Container | undefined {
  const ascii = (at: number, text: string) => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));
  if (ascii(0, "RIFF") && ascii(8, "WAVE")) return "wav";
  if (ascii(0, "OggS")) return "ogg";
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return "webm";
  if (ascii(4, "ftyp")) return "mp4";
  return undefined;
}

export interface DecodedAudio {
  /** 16 kHz mono. */
  pcm: Float32Array;
  durationSeconds: number;
  sourceSampleRate: number;
  sourceChannels: number;
}

export async function decodeToPcm(bytes: Uint8Array, mimeType = ""): Promise<DecodedAudio> {
  if (bytes.byteLength === 0) throw new AudioInputError("empty_file", "The audio file is empty.");
  const mime = mimeType.split(";")[0]!.trim().toLowerCase();
  if (!GENERIC_MIME.has(mime) && !(mime in MIME_CONTAINERS)) {
    throw new AudioInputError("unsupported_format", `Audio type "${mime}" is not supported: send ${SUPPORTED}.`);
  }
  if (!sniff(bytes)) {
    throw new AudioInputError("unsupported_format", `The file is not a ${SUPPORTED} recording.`);
  }
  let channelData: Float32Array[];
  let sampleRate: number;
  try {
    ({ channelData, sampleRate } = await decodeAudio(bytes));
  } catch (error) {
    throw new AudioInputError("invalid_audio", "The audio file could not be decoded: it may be damaged or cut short.", {
      cause: error,
    });
  }
  const frames = channelData[0]?.length ?? 0;
  if (frames === 0 || !(sampleRate > 0)) {
    throw new AudioInputError("invalid_audio", "The audio file contains no audio.");
  }
  if (frames / sampleRate > MAX_AUDIO_SECONDS) {
    throw new AudioInputError("audio_too_long", `The audio is longer than ${MAX_AUDIO_SECONDS / 60} minutes.`);
  }
  const pcm = resample(downmix(channelData), sampleRate, TARGET_SAMPLE_RATE);
  return { pcm, durationSeconds: frames / sampleRate, sourceSampleRate: sampleRate, sourceChannels: channelData.length };
}

export function downmix(channels: readonly Float32Array[]): Float32Array {
  if (channels.length === 1) return channels[0]!;
  const out = new Float32Array(channels[0]!.length);
  for (const channel of channels) {
    for (let i = 0; i < out.length; i++) out[i]! += channel[i]! / channels.length;
  }
  return out;
}

/** Zero crossings of the sinc on each side: enough for >50 dB stopband with a Hann window, cheap enough for minutes of audio. */
const ZEROS = 12;
const TABLE_STEPS = 512;
/** Cut-off as a fraction of the lower Nyquist frequency: room for the transition band below it. */
const CUTOFF = 0.92;
const KERNEL = (() => {
  const table = new Float32Array(ZEROS * TABLE_STEPS + 2);
  for (let i = 0; i < table.length; i++) {
    const x = i / TABLE_STEPS;
    const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    const hann = x >= ZEROS ? 0 : 0.5 + 0.5 * Math.cos((Math.PI * x) / ZEROS);
    table[i] = sinc * hann;
  }
  return table;
})();

/** Windowed-sinc resampling; the kernel widens when downsampling so it also low-passes below the new Nyquist. */
export function resample(input: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (fromRate === toRate) return input;
  const ratio = toRate / fromRate;
  const scale = Math.min(1, ratio) * CUTOFF;
  const radius = ZEROS / scale;
  const out = new Float32Array(Math.round(input.length * ratio));
  for (let i = 0; i < out.length; i++) {
    const center = i / ratio;
    const first = Math.max(0, Math.ceil(center - radius));
    const last = Math.min(input.length - 1, Math.floor(center + radius));
    let sum = 0;
    let weights = 0;
    for (let j = first; j <= last; j++) {
      const position = Math.abs(j - center) * scale * TABLE_STEPS;
      const index = Math.floor(position);
      const fraction = position - index;
      const weight = KERNEL[index]! + (KERNEL[index + 1]! - KERNEL[index]!) * fraction;
      sum += input[j]! * weight;
      weights += weight;
    }
    // Dividing by the summed weights keeps unity gain everywhere, including at the edges where the kernel is cut.
    out[i] = weights === 0 ? 0 : sum / weights;
  }
  return out;
}
