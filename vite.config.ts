// Builds the SPA and runs the Worker in local workerd (dev and preview) through the Cloudflare plugin.
import { cloudflare } from "@cloudflare/vite-plugin";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { localSpeechServer } from "./local-speech/vite-plugin.ts";

export default defineConfig({
  build: {
    // dist/client/.vite/manifest.json: which chunks each page loads, for scripts/first-load/.
    // public/.assetsignore keeps it out of the deployed assets.
    manifest: true,
    // Browsers without modulepreload (Safari before 17) still load every chunk, only without a
    // head start on a page's imports; the polyfill would cost every visitor half a kilobyte.
    modulePreload: { polyfill: false },
  },
  plugins: [
    react(),
    tailwindcss(),
    // Remote bindings need a Cloudflare account; without credentials everything runs locally.
    cloudflare({ remoteBindings: Boolean(process.env.CLOUDFLARE_API_TOKEN) }),
    // Speech-to-text for the offline provider (the default when no AI is configured).
    localSpeechServer(),
  ],
});
