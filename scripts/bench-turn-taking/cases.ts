// The answers bench:turn-taking speaks: each has a pause in the middle of a thought (words that leave it open, then
// silence of 1 to 10 s, then the rest of the thought) and ends with a finished thought. The labels are the truth:
// ending the turn in the middle pause cuts the candidate off; after the last words the turn should end soon.
import type { Voice } from "../bench-wer/answers.ts";

export interface TurnCase {
  id: string;
  voice: Voice;
  /** Sentences said before the open thought, each complete, with the voice's own short gaps between them. */
  before: readonly string[];
  /** Words that leave the thought open ("…and", "um", "because", a list announced and not done). */
  open: string;
  /** Silence while the candidate thinks, s. */
  pauseSeconds: number;
  /** The rest of the thought, ending the answer. */
  rest: string;
}

const VOICES: readonly Voice[] = [
  { engine: "flite", name: "slt" },
  { engine: "flite", name: "rms" },
  { engine: "espeak", name: "en-us", wpm: 160 },
  { engine: "flite", name: "awb" },
  { engine: "flite", name: "kal16" },
  { engine: "espeak", name: "en-gb", wpm: 140 },
];

/** Thinking pauses from a breath to a long search for the word: 1 to 10 s. */
const PAUSES = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9, 10];

const ANSWERS: readonly Omit<TurnCase, "id" | "voice" | "pauseSeconds">[] = [
  { before: ["The dashboard took four seconds to load."], open: "We moved the cache in front of the database, and", rest: "the page came back in under a second." },
  { before: ["I led the migration to Postgres last year."], open: "The hardest part was, um,", rest: "keeping both databases in sync while we switched." },
  { before: ["We had a flaky test suite."], open: "I chose to quarantine the tests because", rest: "nobody trusted a red build any more. So that's how we got the team back to green." },
  { before: ["There were three reasons we rewrote it."], open: "The first was speed,", rest: "the second was cost, and the third was that nobody could read the old code." },
  { before: ["My manager asked me to lead the incident review."], open: "I started by talking to", rest: "everyone who was on call that night. And that was it, really." },
  { before: ["The API was slow for large customers."], open: "So the first thing I did was", rest: "profile the queries for one of them. Does that answer your question?" },
  { before: ["We were shipping once a month."], open: "I set up the pipeline and then", rest: "we moved to deploying every day within a quarter." },
  { before: ["The conflict was about code review."], open: "My colleague felt that my reviews were, uh,", rest: "too harsh, so we agreed on a checklist together." },
  { before: ["I built the search feature on my own."], open: "I used an inverted index with", rest: "a small ranking function on top of it." },
  { before: ["Our error rate doubled after a release."], open: "We rolled back first, and then", rest: "we found a missing null check in the payment code." },
  { before: ["I learned React on the job."], open: "What helped most was", rest: "pairing with a senior engineer for the first month." },
  { before: ["The team disagreed on the database."], open: "I wrote down the trade-offs of", rest: "each option and we voted on it. That's pretty much it." },
  { before: ["There are two things I would change."], open: "One is the deployment process,", rest: "and the other is how we write tickets." },
  { before: ["The memory leak only happened in production."], open: "It turned out to be a cache that", rest: "never dropped old sessions." },
  { before: ["I mentor two junior developers."], open: "Every week we sit down for", rest: "an hour and go through their code together." },
  { before: ["We missed a deadline once."], open: "I told the client early, and", rest: "we agreed to ship the core feature first." },
  { before: ["The service handled ten thousand requests a second."], open: "To scale it further we added, um,", rest: "a queue in front of the workers." },
  { before: ["I care about accessibility."], open: "On my last project I made sure that", rest: "every form worked with a screen reader." },
  { before: ["We had no monitoring at the start."], open: "I added dashboards for latency, errors, and", rest: "saturation, and alerts on each of them." },
  { before: ["The legacy code had no tests."], open: "Before changing anything I wrote tests around", rest: "the parts we were about to touch. So that's how I approached it." },
  { before: ["My strongest skill is debugging."], open: "I usually start from the logs, because", rest: "they show what really happened, not what we think happened." },
  { before: ["We redesigned the onboarding flow."], open: "The main goal was to", rest: "get new users to their first report in five minutes." },
  { before: ["I once broke the build for everyone."], open: "I fixed it within the hour, and", rest: "I added a check so it could not happen again." },
  { before: ["The product manager wanted a new feature every sprint."], open: "I pushed back a little, since", rest: "we had a lot of bugs to fix first." },
  { before: ["I have worked with three cloud providers."], open: "Mostly with the first, but also", rest: "some with the other two on smaller projects." },
  { before: ["The report took nine seconds."], open: "I added a composite index on the customer and", rest: "the date, and it dropped to three hundred milliseconds." },
  { before: ["There were a couple of steps."], open: "First we measured,", rest: "then we changed one thing at a time. Anything else you'd like to know?" },
  { before: ["The outage lasted two hours."], open: "During that time I kept the customers informed by", rest: "posting an update every fifteen minutes." },
  { before: ["I prefer small pull requests."], open: "They are easier to review, and", rest: "they are easier to roll back when something goes wrong." },
  { before: ["The hardest bug I fixed was a race condition."], open: "Two workers were writing to the same row, so", rest: "I added a lock around the update." },
];

/** Thirty answers, each with one thinking pause and one finished ending: sixty labelled endings. */
export const TURN_CASES: readonly TurnCase[] = ANSWERS.map((answer, i) => ({
  ...answer,
  id: `case-${String(i + 1).padStart(2, "0")}`,
  voice: VOICES[i % VOICES.length]!,
  pauseSeconds: PAUSES[(i * 5) % PAUSES.length]!,
}));
