// Starts the local speech-to-text server alongside `vite dev` and `vite preview`, so the offline
// provider works with no extra command. Skipped when something already answers on the port.
import { spawn, type ChildProcess } from "node:child_process";
import type { Plugin } from "vite";

const PORT = Number(process.env.LOCAL_SPEECH_PORT ?? 8788);

async function isRunning(): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${PORT}/health`, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

export function localSpeechServer(): Plugin {
  let child: ChildProcess | undefined;
  const start = async () => {
    if (child || (await isRunning())) return;
    child = spawn(process.execPath, ["local-speech/server.ts"], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, LOCAL_SPEECH_PORT: String(PORT) },
    });
    const stop = () => child?.kill();
    process.once("exit", stop);
    process.once("SIGINT", () => (stop(), process.exit(130)));
    process.once("SIGTERM", () => (stop(), process.exit(143)));
  };
  return {
    name: "local-speech-server",
    configureServer: () => void start(),
    configurePreviewServer: () => void start(),
  };
}
