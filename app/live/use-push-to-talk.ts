// Push-to-talk in the interview room: holding Space records an answer, letting go sends it. Only when
// focus is on no control (a button, a field, a link…), where Space has a meaning of its own.
import { useEffect, useRef, useState } from "react";

export interface PushToTalk {
  /** The candidate may start an answer now. */
  canAnswer: boolean;
  /** An answer is being recorded (hands-free, it may have started by itself). */
  recording: boolean;
  /** Starts an answer that only letting go of Space ends. */
  start: () => void;
  stop: () => void;
}

/** Elements where Space already does something (types, presses, scrolls a list, opens a menu). */
const OWN_SPACE = [
  "input, textarea, select, button, a[href], summary, audio, video, [contenteditable]:not([contenteditable='false'])",
  ...["button", "link", "checkbox", "switch", "radio", "tab", "option", "menuitem", "slider", "combobox", "textbox"].map((role) => `[role='${role}']`),
].join(", ");

function spaceIsFree(target: EventTarget | null): boolean {
  if (document.querySelector("dialog[open]")) return false;
  return !(target instanceof Element) || target.closest(OWN_SPACE) === null;
}

/**
 * Returns whether Space is held down for an answer now (the room says "let go of Space", not "press Done").
 * Space pressed while the room cannot take an answer yet (a discarded answer not yet confirmed gone, a
 * line still being said) starts the answer as soon as it can, if Space is still down then: a held key
 * repeats, but a candidate who pressed it a moment early must not have to let go and press again.
 */
export function usePushToTalk({ canAnswer, recording, start, stop }: PushToTalk): boolean {
  const [held, setHeld] = useState(false);
  const now = useRef({ canAnswer, recording, start, stop });
  /** Space is down where it is free; `holding`: an answer is being recorded for it, and letting go sends it. */
  const space = useRef({ down: false, holding: false });
  const begin = useRef(() => {});
  useEffect(() => {
    now.current = { canAnswer, recording, start, stop };
    if (space.current.down && !space.current.holding) begin.current();
  });

  useEffect(() => {
    begin.current = () => {
      const { canAnswer, recording, start } = now.current;
      if (!recording && !canAnswer) return;
      space.current.holding = true;
      setHeld(true);
      if (!recording) start();
    };
    const release = () => {
      space.current.down = false;
      if (!space.current.holding) return;
      space.current.holding = false;
      setHeld(false);
      now.current.stop();
    };
    const down = (event: KeyboardEvent) => {
      if (event.code !== "Space" || event.altKey || event.ctrlKey || event.metaKey || !spaceIsFree(event.target)) return;
      // Held keys repeat; the page must not scroll under the candidate either way.
      event.preventDefault();
      if (event.repeat || space.current.down) return;
      space.current.down = true;
      begin.current();
    };
    const up = (event: KeyboardEvent) => {
      if (event.code === "Space") release();
    };
    window.addEventListener("keydown", down);
    window.addEventListener("keyup", up);
    window.addEventListener("blur", release);
    return () => {
      window.removeEventListener("keydown", down);
      window.removeEventListener("keyup", up);
      window.removeEventListener("blur", release);
    };
  }, []);
  return held;
}
