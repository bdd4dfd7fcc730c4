// The prompt sent with every segment to speech-to-text, where the provider takes one (Workers AI,
// OpenAI-compatible servers, the local speech server), and by bench:wer as the Worker sends it.

/**
 * Whisper follows the style of its prompt: a prompt with hesitations in it makes it keep more of them,
 * which the delivery metrics need.
 */
export const VERBATIM_PROMPT = "Umm, let me think, like, hmm... Okay, so, uh, here's what I, you know, did.";
