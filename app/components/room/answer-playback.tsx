// Plays back a spoken answer: its stored segments one after another, from the server.
import { useEffect, useRef, useState } from "react";
import { Button } from "../ui";

export function AnswerPlayback({ interviewId, messageId }: { interviewId: string; messageId: string }) {
  const [state, setState] = useState<"idle" | "playing" | "failed">("idle");
  const audio = useRef<HTMLAudioElement | null>(null);

  useEffect(() => () => audio.current?.pause(), []);

  function play(index: number) {
    const element = (audio.current ??= new Audio());
    element.src = `/api/v1/interviews/${encodeURIComponent(interviewId)}/answers/${encodeURIComponent(messageId)}/audio/${index}`;
    // The segment after the last one does not exist: that 404 is the end of the answer.
    element.onended = () => play(index + 1);
    element.onerror = () => setState(index === 0 ? "failed" : "idle");
    element.play().then(
      () => setState("playing"),
      () => setState(index === 0 ? "failed" : "idle"),
    );
  }

  function stop() {
    audio.current?.pause();
    setState("idle");
  }

  return (
    <span className="inline-flex items-center gap-2">
      {/* One button for both, so keyboard focus stays on it when it turns into the other. */}
      <Button variant="quiet" onClick={state === "playing" ? stop : () => play(0)}>
        {state === "playing" ? "Stop playback" : "Play your answer"}
      </Button>
      {state === "failed" && <span className="text-xs text-red-800">This recording cannot be played in this browser.</span>}
    </span>
  );
}
