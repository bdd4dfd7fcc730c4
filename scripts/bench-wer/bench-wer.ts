// bench:wer — how many of the words spoken reach the transcript. Each answer of the corpus
// (answers.ts) goes through the product's own path: the recorder's segmenter with Silero VAD on the
// audio, the local speech server's processing of each segment with Whisper base, and the Worker's
// join of the segments' transcripts. It is compared with Whisper base on the whole file at once.
// Last line: wer answers=N pipeline=… whole_file=… gap=… lost_runs_ge3=…
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { segmentDurationMs } from "../../app/audio/vad/segmenter.ts";
import { segmentSpeech } from "../../local-speech/vad.ts";
import { transcribeSpeech } from "../../local-speech/transcribe-speech.ts";
import { createWhisper, SERVER_SESSION_OPTIONS } from "../../local-speech/whisper.ts";
import { VERBATIM_PROMPT } from "../../worker/ai/verbatim-prompt.ts";
import { joinSegmentTranscripts } from "../../worker/live/join-transcript.ts";
import { transcribeWithoutLoop } from "../../worker/live/decoding-loop.ts";
import { keepSpokenText } from "../../worker/live/no-speech.ts";
import { ANSWERS, scriptOf, type SpokenAnswer } from "./answers.ts";
import { speakAnswer } from "./speak.ts";
import { wordErrors, type WordErrors } from "./wer.ts";

const RATE = 16_000;
const only = process.env.BENCH_WER_ONLY?.split(",");
const verbose = Boolean(process.env.BENCH_WER_VERBOSE);
/** Other segmenter settings to compare (JSON of SegmenterOptions); the recorder's own when unset. */
const segmenterOptions = process.env.BENCH_WER_SEGMENTER ? (JSON.parse(process.env.BENCH_WER_SEGMENTER) as object) : {};

for (const tool of ["espeak-ng", "sox"]) {
  try {
    execFileSync(tool, ["--version"], { stdio: "ignore" });
  } catch {
    console.error(`bench:wer needs ${tool} to make its test speech: apt-get install espeak-ng sox`);
    process.exit(1);
  }
}

const whisper = await createWhisper(SERVER_SESSION_OPTIONS);
/** What the Worker sends with every segment (worker/ai/provider.ts); BENCH_WER_PROMPT= (empty) compares without it. */
const prompt = process.env.BENCH_WER_PROMPT ?? VERBATIM_PROMPT;

/** What the product makes of the answer: segments cut as the recorder cuts them, each handled as the server and the Worker do. */
async function throughThePipeline(pcm: Float32Array): Promise<{ text: string; segments: number }> {
  const segments = await segmentSpeech(pcm, segmenterOptions);
  const parts = [];
  for (const segment of segments) {
    const heard =
      segment.voicedMs === 0
        ? ""
        : await transcribeWithoutLoop((withPrompt) =>
            transcribeSpeech(segment.samples, (audio, options) => whisper.transcribe(audio, options), withPrompt ? { prompt } : {}),
          );
    parts.push({ text: keepSpokenText(heard, segment.voicedMs), overlapMs: segment.overlapMs, durationMs: segmentDurationMs(segment) });
  }
  return { text: joinSegmentTranscripts(parts), segments: segments.length };
}

interface Row {
  answer: SpokenAnswer;
  seconds: number;
  segments: number;
  pipeline: WordErrors;
  whole: WordErrors;
}

const rows: Row[] = [];
const loadBefore = loadavg()[0]!;
const started = performance.now();
console.log("answer                                secs  segs  words  pipeline_wer  whole_wer  lost_run  (longest run of spoken words missing)");
for (const answer of ANSWERS.filter((a) => !only || only.includes(a.id))) {
  const pcm = await speakAnswer(answer);
  const pipeline = await throughThePipeline(pcm);
  const whole = (await whisper.transcribe(pcm)).text;
  const row: Row = {
    answer,
    seconds: pcm.length / RATE,
    segments: pipeline.segments,
    pipeline: wordErrors(scriptOf(answer), pipeline.text),
    whole: wordErrors(scriptOf(answer), whole),
  };
  rows.push(row);
  console.log(
    `${answer.id.padEnd(36)} ${row.seconds.toFixed(0).padStart(5)} ${String(row.segments).padStart(5)} ${String(row.pipeline.words).padStart(6)}` +
      `  ${row.pipeline.wer.toFixed(3).padStart(12)} ${row.whole.wer.toFixed(3).padStart(10)} ${String(row.pipeline.longestLostRun).padStart(9)}` +
      (row.pipeline.longestLostRun > 0 ? `  "${row.pipeline.lostRun.join(" ")}"` : ""),
  );
  if (verbose) console.log(`    pipeline: ${pipeline.text}\n    whole:    ${whole}`);
}
await whisper.dispose();

/** Errors over words, summed across answers: long answers weigh as much as their words. */
const pooled = (list: Row[], pick: (row: Row) => WordErrors) => {
  const words = list.reduce((sum, row) => sum + pick(row).words, 0);
  const errors = list.reduce((sum, row) => sum + pick(row).wer * pick(row).words, 0);
  return words === 0 ? 0 : errors / words;
};
const engines = [...new Set(rows.map((row) => row.answer.voice.engine))];
for (const engine of engines) {
  const list = rows.filter((row) => row.answer.voice.engine === engine);
  console.log(`voice ${engine}: answers=${list.length} pipeline=${pooled(list, (r) => r.pipeline).toFixed(3)} whole_file=${pooled(list, (r) => r.whole).toFixed(3)}`);
}
console.log(`${rows.length} answers, ${(rows.reduce((s, r) => s + r.seconds, 0) / 60).toFixed(1)} min of speech, in ${((performance.now() - started) / 60_000).toFixed(1)} min; load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`);
const pipelineWer = pooled(rows, (r) => r.pipeline);
const wholeWer = pooled(rows, (r) => r.whole);
const lostRuns = rows.filter((row) => row.pipeline.longestLostRun >= 3).length;
console.log(
  `wer answers=${rows.length} pipeline=${pipelineWer.toFixed(3)} whole_file=${wholeWer.toFixed(3)} gap=${(pipelineWer - wholeWer).toFixed(3)} lost_runs_ge3=${lostRuns}`,
);
