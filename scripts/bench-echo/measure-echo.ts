// Measured by bench:echo (bench-echo.ts starts it): how the echo guard (app/live/echo-guard.ts) tells the interviewer's own voice from a
// candidate's words: interviewer lines spoken by Flite (as the offline voice says them, sentence by sentence)
// and candidate answers (bench:wer's, in Flite and espeak-ng) are cut as the room cuts speech heard over the
// interviewer, and each piece is transcribed by Whisper base with the Worker's prompt. An echo piece is scored
// against its own line, an answer piece against every line (its worst case). Prints both ranges and the margin
// around ECHO_SHARE_MIN; exits 1 when they overlap it.
import type { FliteVoice } from "../../local-speech/flite.ts";
import { spokenLine } from "../../local-speech/test-speech.ts";
import { segmentSpeech } from "../../local-speech/vad.ts";
import { createWhisper } from "../../local-speech/whisper.ts";
import { transcribeWithoutLoop } from "../../worker/live/decoding-loop.ts";
import { keepSpokenText } from "../../worker/live/no-speech.ts";
import { VERBATIM_PROMPT } from "../../worker/ai/verbatim-prompt.ts";
import { closingLine, openingLine, transitionLine } from "../../worker/ai/offline/lines.ts";
import { GENERAL_TEMPLATES, generalQuestion } from "../../worker/ai/offline/question-bank/general.ts";
import { OPENER_TEMPLATES, openerQuestion } from "../../worker/ai/offline/question-bank/openers.ts";
import { behavioural } from "../../worker/ai/offline/question-bank/behavioural.ts";
import { javascript } from "../../worker/ai/offline/question-bank/javascript.ts";
import { python } from "../../worker/ai/offline/question-bank/python.ts";
import { react } from "../../worker/ai/offline/question-bank/react.ts";
import { sql } from "../../worker/ai/offline/question-bank/sql.ts";
import { ECHO_SHARE_MIN, echoShare } from "../../app/live/echo-guard.ts";
import { OVER_LINE_SEGMENTS } from "../../app/live/barge-in.ts";
import { ANSWERS } from "../bench-wer/answers.ts";
import { speakAnswer } from "../bench-wer/speak.ts";

const VOICES: readonly FliteVoice[] = ["slt", "rms", "awb", "kal16"];
/** Only the pieces the guard sees: speech heard over a line ends the check with its first transcript, but later sentences may be echoed too. */
const PIECES_PER_SOURCE = 3;

const lines = [
  `${openingLine({ title: "Frontend Developer", skills: ["React"], questionCount: 3 })} ${openerQuestion(OPENER_TEMPLATES[0]!, "Frontend Developer").text}`,
  `${openingLine({ title: "Data Engineer", skills: ["Python", "SQL"], questionCount: 2 })}`,
  ...[javascript, react, python, sql].flatMap((bank) => bank.questions.slice(0, 2).map((q) => `${transitionLine(q.id)} ${q.text}`)),
  behavioural[0]!.text,
  generalQuestion(GENERAL_TEMPLATES[0]!, "Go").text,
  closingLine(),
];

const whisper = await createWhisper();
async function pieces(pcm: Float32Array): Promise<string[]> {
  const heard: string[] = [];
  for (const segment of await segmentSpeech(pcm, OVER_LINE_SEGMENTS)) {
    if (segment.voicedMs === 0) continue;
    // As the Worker transcribes a segment (worker/live/transcription.ts).
    const said = await transcribeWithoutLoop(async (withPrompt) => (await whisper.transcribe(segment.samples, withPrompt ? { prompt: VERBATIM_PROMPT } : {})).text);
    const text = keepSpokenText(said, segment.voicedMs);
    if (text) heard.push(text);
    if (heard.length === PIECES_PER_SOURCE) break;
  }
  return heard;
}

const echoes: { share: number; text: string; source: string }[] = [];
for (const [i, line] of lines.entries()) {
  for (const voice of VOICES) {
    for (const text of await pieces(await spokenLine(line, voice))) echoes.push({ share: echoShare(text, line), text, source: `line ${i + 1} ${voice}` });
  }
}
const answers: { share: number; text: string; source: string }[] = [];
for (const answer of ANSWERS) {
  for (const text of await pieces(await speakAnswer(answer))) {
    answers.push({ share: Math.max(...lines.map((line) => echoShare(text, line))), text, source: answer.id });
  }
}

const lowestEcho = echoes.reduce((a, b) => (b.share < a.share ? b : a));
const highestAnswer = answers.reduce((a, b) => (b.share > a.share ? b : a));
console.info(`echo pieces: ${echoes.length}, share ${lowestEcho.share.toFixed(2)} at the lowest (${lowestEcho.source}: "${lowestEcho.text}")`);
console.info(`answer pieces: ${answers.length}, share ${highestAnswer.share.toFixed(2)} at the highest (${highestAnswer.source}: "${highestAnswer.text}")`);
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor(q * (values.length - 1))]!.toFixed(2);
console.info(`echo share p10 ${quantile(echoes.map((e) => e.share), 0.1)}, answer share p90 ${quantile(answers.map((a) => a.share), 0.9)}`);
console.info(`ECHO_SHARE_MIN ${ECHO_SHARE_MIN}: margin ${(lowestEcho.share - ECHO_SHARE_MIN).toFixed(2)} below echoes, ${(ECHO_SHARE_MIN - highestAnswer.share).toFixed(2)} above answers`);
if (process.env.BENCH_ECHO_VERBOSE) for (const e of [...echoes, ...answers]) console.info(`${e.share.toFixed(2)}\t${e.source}\t${e.text}`);
if (lowestEcho.share < ECHO_SHARE_MIN || highestAnswer.share >= ECHO_SHARE_MIN) process.exitCode = 1;
