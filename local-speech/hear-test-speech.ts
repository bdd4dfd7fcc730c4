// Prints what Whisper base hears of each test sentence in each Flite voice, with the keywords matched; developers run it
// to choose sentences and voices, or under `qemu-x86_64 -cpu Haswell` to see what a CPU without AVX-512 hears.
// node local-speech/hear-test-speech.ts [--threads 1|2] [--no-graph-optimisation] [--variants] [--voice slt ...]
import { parseArgs } from "node:util";
import { FLITE_VOICES, isFliteVoice, synthesize } from "./flite.ts";
import type { FliteVoice } from "./flite.ts";
import { keywordsHeard } from "./keywords.ts";
import { AS_SPOKEN, SPEECH_VARIANTS } from "./speech-variants.ts";
import { ANSWER_SENTENCES } from "./test-speech.ts";
import { SERVER_SESSION_OPTIONS, createWhisper } from "./whisper.ts";

const { values } = parseArgs({
  options: {
    threads: { type: "string", default: String(SERVER_SESSION_OPTIONS.intraOpNumThreads) },
    "no-graph-optimisation": { type: "boolean", default: false },
    variants: { type: "boolean", default: false },
    voice: { type: "string", multiple: true, default: [...FLITE_VOICES] },
  },
});
const threads = Number(values.threads);
if (!Number.isInteger(threads) || threads < 1) throw new Error("--threads takes a whole number of threads, 1 or more");
const voices = values.voice.filter((voice): voice is FliteVoice => {
  if (!isFliteVoice(voice)) throw new Error(`--voice takes one of ${FLITE_VOICES.join(", ")}`);
  return true;
});
const options = { intraOpNumThreads: threads, graphOptimizationLevel: values["no-graph-optimisation"] ? "disabled" : "all" } as const;

const loadStarted = performance.now();
const whisper = await createWhisper(options);
console.info(`Whisper base, ${JSON.stringify(options)}, loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
console.info("sentence\tvoice\tvariant\tkeywords heard (needed)\tseconds\ttranscript");
for (const [i, sentence] of ANSWER_SENTENCES.entries()) {
  for (const voice of voices) {
    const { pcm } = await synthesize(sentence.text, voice);
    for (const variant of values.variants ? SPEECH_VARIANTS : [AS_SPOKEN]) {
      const started = performance.now();
      const { text } = await whisper.transcribe(variant.apply(pcm));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const heard = keywordsHeard(text, sentence.keywords).length;
      console.info([i + 1, voice, variant.name, `${heard}/${sentence.keywords.length} (${sentence.minHeard})`, seconds, text].join("\t"));
    }
  }
}
await whisper.dispose();
