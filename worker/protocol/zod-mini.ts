// zod/mini for every protocol schema: it brings only the checks a schema uses, where classic zod
// brings the whole library, which keeps the SPA's first load small. Messages for people are written
// on each check a form uses; the generic English ones (zod-english.ts) are the Worker's alone.
export * as z from "zod/mini";
