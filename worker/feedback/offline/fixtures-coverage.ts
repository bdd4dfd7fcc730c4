// Hand-made judgments of which talking points an answer makes, written the way a careful rater
// reads it: paraphrases count, a word said without making the point does not, nor does a point
// the answer says it did not make. The coverage agreement test scores the offline scorer on them.

export interface CoverageJudgment {
  /** A question in the bank, or a template ("general-04", "opener-04") filled with `fill`. */
  questionId: string;
  /** The skill of a general template or the job title of an opener. */
  fill?: string;
  answer: string;
  /** Every talking point of the question: true when the answer makes that point. */
  covered: Record<string, boolean>;
}

export const COVERAGE_JUDGMENTS: readonly CoverageJudgment[] = [
  {
    questionId: "opener-04",
    fill: "Frontend Engineer",
    answer:
      "Sure, in my last role I built a dashboard for a logistics company using React and TypeScript. I owned the whole frontend, from the data tables to the charts, and I set up the component tests. It cut our regression bugs by about half, and page load went from 4 seconds to 1 second. That is the kind of frontend work I'd like to keep doing here.",
    covered: { "the project": true, "your contribution": true, "technologies used": true, impact: true, "relevance to the role": true },
  },
  {
    questionId: "opener-04",
    fill: "Frontend Engineer",
    answer:
      "The piece of work I'm proudest of is our checkout redesign. Honestly the whole team did it together, so it's hard to say what was mine. We didn't really measure the impact, it just felt nicer. I think it fits this role because the role is about frontend.",
    covered: { "the project": true, "your contribution": false, "technologies used": false, impact: false, "relevance to the role": true },
  },
  {
    questionId: "js-01",
    answer:
      "JavaScript runs one piece of code at a time. Whatever is executing sits on the stack of function calls, and only when that is empty does the loop pick the next job from the queue of callbacks, like a timer callback or a click. Resolved promises are handled differently: their then-callbacks go into a separate, higher-priority queue that is emptied right after the current job, before the browser repaints the screen.",
    covered: { "call stack": true, "task queue": true, "microtask queue": true, promises: true, setTimeout: true, rendering: true },
  },
  {
    questionId: "js-21",
    answer:
      "Promise.all rejects as soon as any of the promises rejects, so I use it when I need every result. allSettled waits for all of them and tells me which ones failed, which is great for a dashboard where some widgets can fail. I rarely use the others; honestly I haven't needed them in any project.",
    covered: { "fail fast": true, allSettled: true, race: false, any: false, "partial failures": true, timeouts: false },
  },
  {
    questionId: "js-03",
    answer:
      "It depends on how the function is invoked: if you call obj.method(), this is obj, and a plain function call gives undefined in strict mode. Arrow functions don't have their own this; they take it from the surrounding code. I mostly avoid the problem by using arrow functions for callbacks.",
    covered: { "call site": true, bind: false, "call and apply": false, "arrow functions": true, "lexical this": true, "new keyword": false },
  },
  {
    questionId: "sql-01",
    answer:
      "An index is a sorted structure, usually a balanced tree, that lets the database jump straight to the matching rows instead of scanning the whole table. The cost is that every insert and update also has to update each index, so writes get slower, and every index takes disk space. I also check that the column actually narrows things down; an index on a boolean column rarely helps, and the optimizer may ignore it anyway.",
    covered: { "B-tree": true, "faster lookups": true, "slower writes": true, storage: true, selectivity: true, "query planner": true },
  },
  {
    questionId: "sql-01",
    answer:
      "Indexes make queries faster, that's the main thing. I haven't worried much about the downsides, I just add one when a query is slow. I've never looked at how the database decides whether to use them.",
    covered: { "B-tree": false, "faster lookups": true, "slower writes": false, storage: false, selectivity: false, "query planner": false },
  },
  {
    questionId: "sql-02",
    answer:
      "So at my last company I left the checkout team for a while, and our payment service kept timing out during the holiday sales. I traced it to a full table scan, added an index, and put a cache in front of the slow lookups. Errors fell to almost none.",
    covered: { "inner join": false, "left join": false, "null values": false, "outer join": false, "missing matches": false },
  },
  {
    questionId: "sql-02",
    answer:
      "An inner join keeps only the rows that match in both tables. A left join keeps every row of the left table and fills the columns from the other side with nulls where there is no match, so I use it to list customers even when they have no orders. A full outer join keeps the unmatched rows of both sides.",
    covered: { "inner join": true, "left join": true, "null values": true, "outer join": true, "missing matches": true },
  },
  {
    questionId: "sql-07",
    answer:
      "It's when you load a list of, say, 50 orders and then the code fetches the customer for each order separately, so you end up running 51 queries instead of one or two. It usually comes from the ORM's lazy relationships. I spot it by turning on SQL logging in development and seeing the same select repeated. The fix is to tell the ORM to load the customers up front, with include or select_related.",
    covered: { "N plus one": true, ORM: true, "eager loading": true, joins: false, batching: false, "query logs": true },
  },
  {
    questionId: "sql-14",
    answer:
      "I'd make the decrement a single statement: update stock set quantity = quantity - 1 where id = ? and quantity > 0, and check how many rows it changed. If none changed, the item is gone and the second buyer gets a sold-out message. That way two requests can't both see one item left and both sell it.",
    covered: {
      "race condition": true,
      "row locks": false,
      "SELECT FOR UPDATE": false,
      "optimistic locking": false,
      "version column": false,
      "atomic update": true,
    },
  },
  {
    questionId: "react-04",
    answer:
      "useMemo caches a computed value between renders and useCallback caches a function, so both are about remembering results. The real reason I use useCallback is that a new function is a new object on every render, so a child wrapped in React.memo would re-render anyway because the prop is not the same reference. useMemo I keep for genuinely heavy work, like filtering a list of ten thousand rows. Most of the time they're unnecessary, and adding them everywhere just makes the code harder to read for no measurable gain.",
    covered: {
      memoization: true,
      "referential equality": true,
      "expensive calculations": true,
      "memoized children": true,
      "premature optimisation": true,
    },
  },
  {
    questionId: "react-01",
    answer:
      "When state changes React builds a new element tree and compares it with the previous one to work out the smallest set of DOM changes. In a list, the key tells React which item is which between renders, so it can keep each item's state and DOM node. If you use the array position as the key and then insert at the top, every item gets the wrong state.",
    covered: { "virtual DOM": true, diffing: true, keys: true, "component identity": true, "index as key": true },
  },
  {
    questionId: "react-09",
    answer:
      "These days I'd just use TanStack Query: it gives you isPending and isError flags, keeps results in a cache keyed by the query, and dedupes requests. If I had to write it by hand I'd keep a status field, show a spinner while it's pending and a retry message if it fails, and ignore responses that arrive after a newer request has started.",
    covered: {
      "loading state": true,
      "error state": true,
      "race conditions": true,
      abort: false,
      caching: true,
      "React Query": true,
    },
  },
  {
    questionId: "ts-11",
    answer:
      "Types are stripped when TypeScript compiles to JavaScript, so at runtime nothing checks that a response really has the shape I declared. So I parse anything coming from outside, such as API responses, form input or environment variables, right where it enters the app, with Zod. I write the schema once and derive the TypeScript type from it with z.infer, so the two can never drift apart.",
    covered: {
      "type erasure": true,
      "runtime validation": true,
      "schema library": true,
      zod: true,
      "validate at the boundary": true,
      "infer types from schema": true,
    },
  },
  {
    questionId: "ts-11",
    answer:
      "I mostly trust the backend team, so I type the response with an interface and cast it. We don't validate anything at runtime, which has bitten us a couple of times.",
    covered: {
      "type erasure": false,
      "runtime validation": false,
      "schema library": false,
      zod: false,
      "validate at the boundary": false,
      "infer types from schema": false,
    },
  },
  {
    questionId: "ts-04",
    answer:
      "You give every variant a shared kind field with a literal value, like kind: 'circle' or kind: 'square'. When you switch on kind, the compiler knows which variant you're in, so inside each case you only see that variant's fields. I add a default case that assigns the value to a never variable, so forgetting a new variant is a compile error.",
    covered: {
      "discriminant property": true,
      narrowing: true,
      "exhaustive checks": true,
      "never type": true,
      "impossible states": false,
    },
  },
  {
    questionId: "node-06",
    answer:
      "When the orchestrator wants to stop the pod it sends a termination signal, so I listen for that and call server.close, which means no new connections are accepted. Requests that are already running are allowed to finish. Then I close the database pool and the Redis client. I've never put a time limit on it, it just waits as long as it needs.",
    covered: {
      SIGTERM: true,
      "stop accepting connections": true,
      "drain in-flight requests": true,
      "close database connections": true,
      timeout: false,
    },
  },
  {
    questionId: "node-02",
    answer:
      "Everything else stops: while the handler crunches numbers, no other request gets a turn, so response times go up for every user. I'd move the heavy part to a worker thread, or if it can wait, push it onto a BullMQ queue for a background worker.",
    covered: {
      "blocking the event loop": true,
      "worker threads": true,
      "child processes": false,
      "job queue": true,
      latency: true,
    },
  },
  {
    questionId: "python-02",
    answer:
      "The global interpreter lock means only one thread executes Python bytecode at a time. So threads don't help with number crunching, but they're fine when the program mostly waits on the network or disk, because the lock is released while waiting. For heavy computation I use separate processes through the multiprocessing module or a process pool. In my last job we had an image resizing service where switching from a thread pool to a process pool made it about three times faster.",
    covered: { GIL: true, "CPU-bound": true, "I/O-bound": true, multiprocessing: true, threads: true, asyncio: false },
  },
  {
    questionId: "python-07",
    answer:
      "The default list is created once, when the def line runs, not each time you call the function. So if you append to it, the next call sees the items from the previous call. The usual fix is to default to None and create a new list inside the function.",
    covered: { "default evaluated once": true, "shared between calls": true, "None as default": true, mutability: true },
  },
  {
    questionId: "sysdesign-06",
    answer:
      "The pattern I use most is lazy loading: the app checks Redis first, and on a miss it reads the database and puts the result in the cache. Every key gets an expiry of a few minutes so stale data can't live forever. When a record changes we delete its key rather than trying to update it. We also put images behind a content delivery network.",
    covered: {
      "cache-aside": true,
      "write-through": false,
      TTL: true,
      invalidation: true,
      "cache stampede": false,
      CDN: true,
    },
  },
  {
    questionId: "sysdesign-22",
    answer:
      "Every call to the dependency gets a deadline, so we never wait more than, say, 500 milliseconds. We retry a couple of times with increasing, jittered delays. If it keeps failing we stop calling it for a while and fail fast instead. In the meantime the page shows cached recommendations rather than an error, so the rest of the site keeps working.",
    covered: {
      timeouts: true,
      "retries with backoff": true,
      "circuit breaker": true,
      fallback: true,
      bulkheads: false,
      "graceful degradation": true,
    },
  },
  {
    questionId: "testing-04",
    answer:
      "When a test starts failing randomly, we move it out of the blocking suite into a separate job so it stops holding up merges, and open a ticket for it. Then someone actually digs into why it fails; usually it's a fixed sleep instead of waiting for the element, or two tests touching the same database rows, so each test now gets its own data. We never just add automatic retries, because that hides real bugs.",
    covered: {
      "root cause": true,
      quarantine: true,
      "timing and waits": true,
      "shared state": true,
      "test isolation": true,
      "retries hide problems": true,
    },
  },
  {
    questionId: "testing-07",
    answer:
      "It's useful for finding code that no test runs at all, like an error branch nobody thought about. But a high number doesn't mean the tests are good: a test can execute every line and check nothing. So I look at the uncovered lines in review rather than chasing a target like 80 percent.",
    covered: {
      "coverage percentage": true,
      "untested paths": true,
      "not a measure of quality": true,
      assertions: true,
      "mutation testing": false,
    },
  },
  {
    questionId: "testing-21",
    answer:
      "First I write a test that fails the same way production did, then fix the code so it passes, and that test stays in the suite so the bug can't come back. I'd also ask why none of our existing tests caught it: usually it's a whole path nobody tested, like a different currency.",
    covered: {
      "reproduce with a failing test": true,
      "root cause": false,
      "gap in coverage": true,
      "regression test": true,
      "blameless review": false,
    },
  },
  {
    questionId: "general-04",
    fill: "Go",
    answer:
      "Our Go service's memory kept climbing until it was killed every few hours. I could make it happen locally by replaying a copy of production traffic. With pprof I compared heap profiles an hour apart, and the growth was all goroutines stuck waiting on a channel nobody read from after a client disconnected. Adding a context cancellation to that loop fixed it, and memory stayed flat after that.",
    covered: { symptoms: true, "reproduced it": true, investigation: true, "root cause": true, "the fix": true },
  },
  {
    questionId: "role-backend-05",
    answer:
      "Structured logs with a request ID, dashboards for error rate and latency with a page going to whoever is on call, and a health endpoint the load balancer can poll. I'd want a short document telling the on-call person what to do when it breaks, and a way to go back to the previous version in one click. We didn't load test our last service and I regret it.",
    covered: {
      logging: true,
      "metrics and alerts": true,
      "health checks": true,
      "load testing": false,
      runbook: true,
      rollback: true,
    },
  },
  {
    questionId: "role-techlead-03",
    answer:
      "I'd talk to them privately as soon as I notice, not wait for the review cycle, and first ask what's going on, because often there's something outside work. Then we agree in writing what good looks like for the next month. I'd offer help, like pairing or fewer parallel tasks, and we'd meet every week to see how it's going.",
    covered: {
      "early conversation": true,
      "clear expectations": true,
      support: true,
      "regular feedback": true,
      escalation: false,
    },
  },
  {
    questionId: "role-junior-01",
    answer:
      "Recently I made a small budgeting app for myself with Vue and Firebase. The hardest part was syncing data when the phone was offline, which took me two weekends. It taught me a lot about how local state and server state drift apart. Next I want to add shared budgets for couples.",
    covered: {
      "the project": true,
      "technologies used": true,
      "biggest challenge": true,
      "what you learned": true,
      "what you'd do next": true,
    },
  },
  {
    questionId: "role-junior-01",
    answer:
      "I built a to-do app. I didn't learn that much from it to be honest, it was mostly following a tutorial. I'm not sure what I'd do next with it.",
    covered: {
      "the project": true,
      "technologies used": false,
      "biggest challenge": false,
      "what you learned": false,
      "what you'd do next": false,
    },
  },
  {
    questionId: "role-fullstack-04",
    answer:
      "We keep the JWT in localStorage because it's simple, and we haven't looked into cookies. Sessions never expire at the moment, which I know isn't great. Everything is served over TLS.",
    covered: { "HttpOnly cookies": false, CSRF: false, "token storage": true, "session expiry": false, HTTPS: true },
  },
  {
    questionId: "role-senior-04",
    answer:
      "I don't have authority, but I'm not sure I need it. I just try to be right more often than not and people tend to follow. I talk a lot in meetings.",
    covered: { evidence: false, prototypes: false, "building consensus": false, "written proposals": false, listening: false },
  },
  {
    questionId: "role-architect-06",
    answer:
      "At a startup I split our product into eight microservices when we were four engineers, because we expected to grow fast. The decision that hurt was giving each service its own database. We spent more time on deployments and cross-service bugs than on features. Today I'd start with a modular monolith and only split out what needs to scale on its own. The lesson for me is to design for the team you have, not the one you hope for.",
    covered: { "original context": true, "key decisions": true, "what went wrong": true, "what you'd change": true, lessons: true },
  },
  {
    questionId: "beh-07",
    answer:
      "Last spring our checkout started timing out for about a third of customers for two hours, so we were losing orders. I pulled up the traces and saw every slow request waiting on the same database lock. It turned out a nightly report job had been moved to run during the day and held a lock on the orders table. We killed the job, moved it to a read replica, and added an alert on lock wait time. Afterwards I wrote up what happened in a blameless review.",
    covered: {
      impact: true,
      investigation: true,
      "root cause": true,
      "the fix": true,
      "prevented recurrence": true,
      postmortem: true,
    },
  },
  {
    questionId: "beh-07",
    answer:
      "We had an outage once and everyone jumped on a call. Someone else found the problem and fixed it, I mostly watched. We never really figured out why it happened, and there was no write-up afterwards.",
    covered: {
      impact: false,
      investigation: false,
      "root cause": false,
      "the fix": false,
      "prevented recurrence": false,
      postmortem: false,
    },
  },
  {
    questionId: "beh-01",
    answer:
      "My team wanted to move our whole API to GraphQL, and I thought it was the wrong call for us. Instead of arguing in the meeting, I measured how many of our endpoints actually had the over-fetching problem they were worried about; it was three out of forty. I also sat with the two people pushing for it to understand what was bothering them. We agreed to add GraphQL only for the mobile app's feed and keep REST elsewhere. That shipped in a month, and the three of us still pair regularly.",
    covered: {
      "the disagreement": true,
      "evidence or data": true,
      "listened to others": true,
      compromise: true,
      outcome: true,
      "working relationship": true,
    },
  },
  {
    questionId: "beh-03",
    answer:
      "We had two weeks to ship a GDPR data export before a legal deadline. I listed everything the spec asked for and cut it down to the export itself, leaving the nice admin screen for later. I told the product owner exactly what we were dropping and why. We launched it three days early, and the admin screen came a month later.",
    covered: {
      "the deadline": true,
      "prioritised scope": true,
      "communicated trade-offs": true,
      delivered: true,
      result: true,
    },
  },
  {
    questionId: "beh-11",
    answer:
      "I once ran a migration against production that I thought was pointed at staging, and it dropped a column that the billing job needed. I told my lead straight away that it was my fault. We restored the column from the backup within forty minutes, and I posted an update in the incident channel so support knew what to tell customers. Since then all our scripts ask you to type the environment name before they run. It taught me to slow down on anything that touches production.",
    covered: {
      "owned the mistake": true,
      impact: true,
      "fixed it": true,
      communicated: true,
      prevention: true,
      learned: true,
    },
  },
  {
    questionId: "beh-14",
    answer:
      "The work I'm proudest of is the offline mode for our field-service app. Technicians lost signal in basements and lost their notes, which was the hard part to solve. I led it: I designed the sync queue and wrote most of the conflict handling. The big decision was to store every edit as an event rather than the latest state, so conflicts could be merged. Lost notes went from dozens of support tickets a month to almost none. I'm proud of it because it fixed something that really hurt our users.",
    covered: {
      "the challenge": true,
      "your contribution": true,
      "key decisions": true,
      impact: true,
      "why you are proud": true,
    },
  },
  {
    questionId: "beh-20",
    answer:
      "Our search page was slow, and before touching anything I recorded the p95 latency for a week: it was 2.4 seconds. Profiling showed most of the time went into one unindexed query that filtered by tenant. I added a composite index and cached the facet counts. p95 dropped to 300 milliseconds, and I watched the dashboard for another week to make sure it held under real traffic.",
    covered: {
      "baseline measurement": true,
      bottleneck: true,
      "change made": true,
      "metrics improved": true,
      verified: true,
    },
  },
  {
    questionId: "beh-20",
    answer:
      "I improved our build pipeline. It felt a lot faster afterwards, though I didn't measure it before or after. I think the main change was caching dependencies.",
    covered: {
      "baseline measurement": false,
      bottleneck: false,
      "change made": true,
      "metrics improved": false,
      verified: false,
    },
  },
  {
    questionId: "beh-22",
    answer:
      "I promised a partner team an API by the end of the sprint and I didn't make it. I only told them on the last day, which wasn't great. We finished it the following week.",
    covered: {
      "the commitment": true,
      "why it slipped": false,
      "communicated early": false,
      recovery: true,
      learned: false,
    },
  },
  {
    questionId: "js-18",
    answer:
      "I create an AbortController for each request and pass its signal to fetch. When the user types again I abort the previous request, so an older response can never overwrite the newer one. In React I do that in the effect's cleanup. I haven't bothered with time limits on requests.",
    covered: { AbortController: true, "abort signal": true, "race conditions": true, "stale responses": true, cleanup: true, timeouts: false },
  },
  {
    questionId: "react-22",
    answer:
      "React decides whether to re-render by comparing the old and new state with Object.is, so if you push into the same array the reference doesn't change and the screen just doesn't update. I always create a new array or object with the spread syntax. For deeply nested state we use Immer, which lets you write mutating code that produces a copy.",
    covered: { "immutable updates": true, "reference equality": true, "missed re-renders": true, "spread syntax": true, Immer: true },
  },
  {
    questionId: "node-13",
    answer:
      "Logs go out as JSON lines with pino, so we can search by field. Each incoming request gets an ID that is attached to every log line and passed on to downstream calls, which lets us follow one request across services. We keep debug output off in production. For numbers we export request counts and latency histograms to Prometheus.",
    covered: {
      "structured logging": true,
      "log levels": true,
      "correlation IDs": true,
      metrics: true,
      tracing: false,
      OpenTelemetry: false,
    },
  },
  {
    questionId: "sql-19",
    answer:
      "With OFFSET the database still reads and throws away all the skipped rows, so page 5000 gets slow. Instead I remember the last id the client saw and ask for rows where id is greater than that, ordered by id, with a limit. The client gets an opaque token for the next page. It only works well if there's an index on the column you sort by.",
    covered: { OFFSET: true, "keyset pagination": true, cursor: true, "stable ordering": true, index: true },
  },
  {
    questionId: "testing-08",
    answer:
      "I pass the clock into the code instead of calling Date.now directly, so in tests I can hand it a fixed time. For timers I use Vitest's fake timers and advance them by hand. Randomness gets a fixed seed. For the payment provider I use a fake that we also check against the real sandbox once a night.",
    covered: {
      "dependency injection": true,
      "fake timers": true,
      "seeded random": true,
      "test doubles": true,
      "contract tests": true,
    },
  },
  {
    questionId: "sysdesign-09",
    answer:
      "The client sends a unique key with each payment request. The server saves the key together with the response the first time, and if the same key comes in again it just returns the saved response instead of charging twice. That matters because networks fail and clients will retry.",
    covered: {
      "idempotency key": true,
      retries: true,
      "duplicate requests": true,
      "at-least-once delivery": false,
      "stored results": true,
    },
  },
  {
    questionId: "python-06",
    answer:
      "A with block guarantees that whatever you opened gets closed at the end, even if an error is raised halfway through, which is why I use it for files and database connections. Under the hood the object defines __enter__ and __exit__.",
    covered: { "with statement": true, "enter and exit": true, "resource cleanup": true, exceptions: true, contextlib: false },
  },
  {
    questionId: "role-junior-06",
    answer:
      "A good pull request does one thing, so it's quick to review. The description says why the change is needed and how to check it. It comes with tests. I didn't use to read my own diff before asking for review, but now I always do.",
    covered: { "small scope": true, "clear description": true, tests: true, "self-review": true, "responsive to comments": false },
  },
  {
    questionId: "role-techlead-02",
    answer:
      "I'd split it into pieces that each deliver something usable, so we ship every couple of weeks instead of one big bang. We size each piece roughly as a team. I make sure we tackle the parts we understand least at the start, when there's still time to change course. And I map out which pieces wait on other teams.",
    covered: { milestones: true, estimation: true, "risks first": true, dependencies: true, "incremental delivery": true },
  },
  {
    questionId: "beh-04",
    answer:
      "My lead told me my pull requests were too big to review properly. Honestly I was annoyed at first, because I thought big PRs were efficient. But I tried splitting my work into smaller ones for a month. Reviews came back in hours instead of days, and I now plan the split before I start coding.",
    covered: { "the feedback": true, "initial reaction": true, "changed your approach": true, result: true, learned: true },
  },
  {
    questionId: "beh-09",
    answer:
      "My manager asked me to skip the code review step to hit a release date. I didn't argue about it in the standup. I just did it, and we shipped on time.",
    covered: { "the request": true, "your concerns": false, "alternative proposed": false, respectful: false, outcome: true },
  },
  {
    questionId: "beh-16",
    answer:
      "We had to pick a queue for a new feature before we knew the real traffic. I figured the worst case was moving to another queue later, and since we hid it behind a small interface, switching would be cheap. So we went with SQS. Three months later we checked the numbers again and kept it.",
    covered: {
      "missing information": true,
      "assessed the risk": true,
      "reversible decision": true,
      "the decision": true,
      outcome: true,
      "revisited it": true,
    },
  },
  {
    questionId: "role-frontend-03",
    answer:
      "I design for the small screen first and add layout as space grows. Grid handles the page structure and flex the components. I use a few breakpoints, and sizes in rem so text scales. I only ever check it in the browser's device mode.",
    covered: {
      "mobile first": true,
      "flexbox and grid": true,
      "media queries": true,
      "fluid units": true,
      "real device testing": false,
    },
  },
  {
    questionId: "general-18",
    fill: "Kotlin",
    answer:
      "Our Kotlin build took twelve minutes, which killed everyone's flow. I moved us to Gradle's configuration cache and split the biggest module in three. I did it behind a branch and compared the outputs before switching. Builds now take four minutes.",
    covered: {
      "initial problem": true,
      "changes made": true,
      "managing risk": true,
      "measured improvement": true,
      lessons: false,
    },
  },
];
