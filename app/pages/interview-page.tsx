// The interview room: the live transcript, what the system is doing, and the answer controls.
import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useParams } from "react-router";
import type { InterviewDetail } from "../../worker/protocol/rest";
import { interviewsApi } from "../api/endpoints";
import { ApiRequestError } from "../api/http";
import { ConfirmDialog } from "../components/confirm-dialog";
import { PageHeading } from "../components/page";
import { ReportSection } from "../components/report/report-section";
import { ActivityStatus } from "../components/room/activity-status";
import { AnswerPanel } from "../components/room/answer-panel";
import { ConnectionNotice } from "../components/room/connection-notice";
import { InterviewerVoice } from "../components/room/interviewer-voice";
import { OpenAnswerNotice } from "../components/room/open-answer-notice";
import { SpokenWords } from "../components/room/spoken-words";
import { Transcript } from "../components/room/transcript";
import { TurnModeSwitch } from "../components/room/turn-mode-switch";
import { Button, ErrorNotice, Loading, StatusBadge } from "../components/ui";
import { focusFallback } from "../lib/focus";
import { currentActivity } from "../live/live-state";
import { useLiveRoom } from "../live/use-live-room";
import { useVoiceAnswer } from "../live/use-voice-answer";
import { useTurnPreferences } from "../live/turn-preferences";
import { useHandsFreeTurns } from "../live/use-hands-free";
import { useBargeIn } from "../live/use-barge-in";
import { usePushToTalk } from "../live/use-push-to-talk";
import { useLiveStore } from "../live/live-store";

type Load = { state: "loading" } | { state: "loaded"; interview: InterviewDetail } | { state: "failed"; error: ApiRequestError | null };

export function InterviewPage() {
  const { interviewId = "" } = useParams();
  // Tagged with the id it belongs to, so navigating to another interview shows "loading", not stale data.
  const [result, setResult] = useState<{ interviewId: string; attempt: number; load: Load } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const current = result?.interviewId === interviewId && result.attempt === attempt;
  const load: Load = current ? result.load : { state: "loading" };

  useEffect(() => {
    let stale = false;
    interviewsApi.get(interviewId).then(
      (interview) => !stale && setResult({ interviewId, attempt, load: { state: "loaded", interview } }),
      (e: unknown) =>
        !stale && setResult({ interviewId, attempt, load: { state: "failed", error: e instanceof ApiRequestError ? e : null } }),
    );
    return () => {
      stale = true;
    };
  }, [interviewId, attempt]);

  if (load.state === "loading") return <Loading label="Loading the interview…" />;
  if (load.state === "failed") {
    if (load.error?.status === 404) {
      return (
        <>
          <PageHeading title="Interview not found" />
          <p className="text-slate-700">It may have been deleted, or the link is wrong.</p>
          <Link to="/" className="font-medium text-indigo-800 underline">
            Back to your interviews
          </Link>
        </>
      );
    }
    return (
      <>
        <PageHeading title="Interview" />
        <ErrorNotice onRetry={() => setAttempt((n) => n + 1)}>{load.error?.message ?? "Could not load the interview."}</ErrorNotice>
      </>
    );
  }
  return <Room interview={load.interview} />;
}

function Room({ interview }: { interview: InterviewDetail }) {
  const connection = useLiveRoom(interview.interviewId);
  const [turnTaking, setTurnTaking] = useTurnPreferences();
  const voice = useVoiceAnswer(connection, turnTaking);
  /** The newest interviewer line the room's voice has said to the end (or stopped saying). */
  const [lastHeard, setLastHeard] = useState<string | null>(null);
  const live = useLiveStore((s) => s.live);
  const connectionState = useLiveStore((s) => s.connection);
  const socketError = useLiveStore((s) => s.socketError);
  const restoring = useLiveStore((s) => s.restoring);
  const clearSocketError = useLiveStore((s) => s.clearSocketError);
  const [confirmEnd, setConfirmEnd] = useState(false);
  // Where focus goes when the control the candidate is on goes away: the answer button while the
  // interview runs, the "Interview complete" heading once the answer controls are gone.
  const answerButton = useRef<HTMLButtonElement>(null);
  const completeHeading = useRef<HTMLHeadingElement>(null);

  const status = live.interview?.status ?? interview.status;
  const recording = voice.state.phase === "recording" || voice.state.phase === "stopping";
  const lastInterviewerLine = [...live.messages].reverse().find((m) => m.role === "assistant" && m.status === "complete");
  const lastMessage = live.messages[live.messages.length - 1];
  const { start: startVoice, stop: stopVoice, microphoneOpen } = voice;
  const lineHeardOut = lastInterviewerLine !== undefined && lastHeard === lastInterviewerLine.messageId;
  const lineHeardOutNow = useRef(lineHeardOut);
  useEffect(() => {
    lineHeardOutNow.current = lineHeardOut;
  });
  const listenAgain = useCallback((overLine: boolean) => void startVoice(undefined, { auto: true, overLine }), [startVoice]);
  // What the answer's words so far say of the thought decides how long its pause may last (hands-free).
  const { wordsSay } = voice;
  const turnWords = live.turnWords;
  useEffect(() => {
    if (turnWords) wordsSay(turnWords.messageId, turnWords.segments, turnWords.words);
  }, [turnWords, wordsSay]);
  const answerId = voice.state.phase === "recording" ? voice.state.answerId : null;
  /** When the room's voice began saying each line (performance.now()), for the line being answered. */
  const [lineStarted, setLineStarted] = useState<{ messageId: string; at: number } | null>(null);
  const { stopContinuing, rejoinableAnswerId } = voice;
  const lineSpeaking = useCallback(
    (messageId: string) => {
      // The line is being said: listening on after the answer before it would hear the line itself.
      stopContinuing();
      setLineStarted((known) => (known?.messageId === messageId ? known : { messageId, at: performance.now() }));
    },
    [stopContinuing],
  );
  // The answer the pause ended last, the line after it, and whatever is being answered now over that line.
  const ended = rejoinableAnswerId();
  const endedAt = ended === null ? -1 : live.messages.findIndex((m) => m.messageId === ended);
  const afterEnded = endedAt < 0 ? [] : live.messages.slice(endedAt + 1).filter((m) => m.messageId !== answerId);
  const bargeIn = useBargeIn({
    line: lastInterviewerLine ?? null,
    lineHeardOut,
    voice,
    transcript: (answerId && live.messages.find((m) => m.messageId === answerId)?.content) || "",
    listenAgain,
    lineStartedAt: lineStarted && lineStarted.messageId === lastInterviewerLine?.messageId ? lineStarted.at : null,
    followsEndedAnswer: afterEnded.length === 1 && afterEnded[0]!.messageId === lastInterviewerLine?.messageId,
  });
  // Listening over the interviewer's line is not yet the candidate answering.
  const activity = currentActivity(live, recording && !bargeIn.overLine);
  const over = status === "completed" || status === "cancelled";
  const canAnswer = activity === "your-turn" && connectionState === "open";
  // An answer still recording on the server that this page is not recording, and did not just end itself: a reload
  // (or a closed tab) interrupted it.
  const openAnswer =
    !recording &&
    voice.state.phase !== "starting" &&
    lastMessage?.role === "user" &&
    lastMessage.status === "recording" &&
    lastMessage.messageId !== voice.closedAnswerId
      ? lastMessage
      : null;
  // The answer starts as soon as the line is complete, while the interviewer may still be saying it: barge-in.
  useHandsFreeTurns({
    enabled: turnTaking.handsFree && canAnswer,
    lineId: lastMessage?.role === "assistant" && lastMessage.status === "complete" ? lastMessage.messageId : null,
    // Listening on after the last answer gives way to the answer to this line.
    idle: voice.state.phase === "idle" || voice.state.phase === "continuing",
    microphoneOpen,
    start: useCallback(() => listenAgain(!lineHeardOutNow.current), [listenAgain]),
  });
  const lineHeard = useCallback((messageId: string) => setLastHeard(messageId), []);
  // Once the interview is over, there is no answer to go on with.
  useEffect(() => {
    if (over) stopContinuing();
  }, [over, stopContinuing]);
  // Hands-free, the answer to a line listens as soon as the line is said; until its first words, "Say that again"
  // may still say the line: that answer is dropped and a fresh one listens over the line, as after any line.
  const awaitingFirstWords = voice.state.phase === "recording" && voice.turn?.phase === "waiting" && !voice.heardSpeech;
  const { discard: discardVoice } = voice;
  const repeatWhileListening = useCallback(() => {
    discardVoice();
    setLastHeard(null);
    listenAgain(true);
  }, [discardVoice, listenAgain]);
  const spaceHeld = usePushToTalk({
    canAnswer,
    recording: voice.state.phase === "recording",
    start: useCallback(() => void startVoice(undefined, { manual: true }), [startVoice]),
    stop: useCallback(() => void stopVoice(), [stopVoice]),
  });
  const lastSpokenAnswer = [...live.messages, ...live.attempts].filter((m) => m.role === "user" && m.kind === "voice").at(-1);
  const transcript = (
    <section aria-labelledby="transcript-heading" className="flex flex-col gap-3">
      <h2 id="transcript-heading" className="text-lg font-semibold">
        Transcript
      </h2>
      <Transcript
        messages={live.messages}
        follow={!over}
        onRetry={(messageId) => connection?.send({ type: "retry", messageId })}
        onDiscard={(answerId) => connection?.send({ type: "answer_cancel", answerId })}
        // A discarded failed answer leaves the transcript: the candidate answers again from the answer button.
        focusAfterRemoval={() => answerButton.current}
        preparingFromPosting={interview.jobDescription !== null && live.provider !== null && live.provider.name !== "offline"}
        interruptedId={over ? null : (openAnswer?.messageId ?? null)}
      />
    </section>
  );

  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link to="/" className="text-indigo-800 underline">
          Your interviews
        </Link>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col gap-2">
          <PageHeading title={interview.title} />
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <StatusBadge status={status} />
            <span>{interview.skills.join(", ")}</span>
          </p>
        </div>
        {!over && (
          <Button
            ref={focusFallback(() => completeHeading.current)}
            variant="secondary"
            onClick={() => setConfirmEnd(true)}
            disabled={!live.interview}
          >
            End interview
          </Button>
        )}
      </div>
      {live.provider && (
        <p className="text-xs text-slate-600">
          Interviewer: <span className="font-medium text-slate-800">{live.provider.label}</span>
        </p>
      )}
      <ActivityStatus
        activity={activity}
        reconnecting={connectionState === "reconnecting"}
        handsFree={voice.turn !== null || (turnTaking.handsFree && bargeIn.overLine)}
        spaceHeld={spaceHeld && recording}
        answerInterrupted={openAnswer !== null && !over}
        restoring={restoring}
        sending={!recording && lastMessage?.role === "user" && lastMessage.status === "recording" && lastMessage.messageId === voice.closedAnswerId}
        countdownSeconds={voice.turn?.phase === "countdown" ? voice.turn.secondsLeft : null}
        resumed={voice.state.phase === "recording" && voice.state.resumed}
        interviewerSpeaking={lastInterviewerLine !== undefined && !lineHeardOut}
      />
      <ConnectionNotice state={connectionState} onReconnect={() => connection?.reconnect()} />
      {/* Also once the interview is over: the closing line is said as the interview completes. */}
      <InterviewerVoice
        interviewId={interview.interviewId}
        messages={live.messages}
        speech={live.speech}
        info={live.provider?.speech ?? null}
        voice={live.voice}
        onChooseVoice={(voice) => connection?.send({ type: "set_voice", voice })}
        systemVoices={live.provider?.name === "offline"}
        silenced={recording && !bargeIn.overLine}
        onLineHeard={lineHeard}
        onSpeaking={lineSpeaking}
        onRepeatWhileListening={awaitingFirstWords ? repeatWhileListening : undefined}
      />
      {/* Each finished interviewer line is read out once; the streaming text itself is not announced. */}
      <p aria-live="polite" className="sr-only">
        {lastInterviewerLine?.content}
      </p>
      <SpokenWords answer={lastSpokenAnswer} />
      {socketError && (
        <div
          role="alert"
          ref={focusFallback(() => answerButton.current)}
          className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
        >
          <span>{socketError}</span>
          <Button variant="quiet" onClick={clearSocketError}>
            Dismiss
          </Button>
        </div>
      )}
      {!over && transcript}
      {openAnswer && !over && (
        <div ref={focusFallback(() => answerButton.current)} className="contents">
          <OpenAnswerNotice
            onFinish={() => connection?.send({ type: "answer_end", answerId: openAnswer.messageId })}
            onDiscard={() => connection?.send({ type: "answer_cancel", answerId: openAnswer.messageId })}
          />
        </div>
      )}
      {over ? (
        <section aria-labelledby="complete-heading" className="rounded-xl bg-white px-6 py-4 shadow-sm ring-1 ring-slate-200">
          <h2 id="complete-heading" ref={completeHeading} tabIndex={-1} className="text-lg font-semibold">
            Interview complete
          </h2>
          <p className="mt-1 text-slate-700">
            Everything you said is saved in your history.{status === "completed" && " Your feedback is below, then the full transcript."}{" "}
            <Link to="/" className="font-medium text-indigo-800 underline">
              Back to your interviews
            </Link>
          </p>
        </section>
      ) : (
        <div ref={focusFallback(() => completeHeading.current)} className="contents">
          <AnswerPanel
            canAnswer={canAnswer}
            voice={voice}
            answerButtonRef={answerButton}
            settings={<TurnModeSwitch preferences={turnTaking} onChange={setTurnTaking} />}
            onSendText={(text) => connection?.send({ type: "text_answer", answerId: crypto.randomUUID(), text }) ?? false}
            heardNothing={live.heardNothing !== null && live.heardNothing.attemptOf === null}
            overLine={bargeIn.overLine}
          />
        </div>
      )}
      {status === "completed" && (
        <ReportSection
          interviewId={interview.interviewId}
          title={interview.title}
          attempts={live.attempts}
          heardNothingFor={live.heardNothing?.attemptOf ?? null}
          connection={connection}
          connected={connectionState === "open"}
          voice={voice}
        />
      )}
      {over && transcript}
      <ConfirmDialog
        open={confirmEnd}
        title="End the interview now?"
        confirmLabel="End interview"
        busyLabel="Ending…"
        cancelLabel="Keep going"
        onConfirm={() => {
          connection?.send({ type: "end_interview" });
          setConfirmEnd(false);
        }}
        onCancel={() => setConfirmEnd(false)}
      >
        Your answers so far are kept. You will not be able to continue this interview.
      </ConfirmDialog>
    </>
  );
}
