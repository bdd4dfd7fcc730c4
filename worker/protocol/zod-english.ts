// The English messages classic zod gives by default, for checks that carry no message of their own
// (an API client sending the wrong type, say). Loaded by the Worker; the SPA leaves them out of its
// first load, and its forms' checks all name their own messages.
import { config } from "zod/mini";
import { en } from "zod/locales";

// Without a locale, mini answers every failure without a message of its own "Invalid input".
config(en());
