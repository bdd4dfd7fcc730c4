// zod/mini, with the English messages classic zod gives by default. The schemas the SPA's first
// load carries (rest.ts, errors.ts, progress.ts) are written with it: it brings only the checks a
// schema uses, where classic zod brings the whole library.
import { config } from "zod/mini";
import { en } from "zod/locales";

// Without a locale, mini answers every failure without a message of its own "Invalid input".
config(en());

export * as z from "zod/mini";
