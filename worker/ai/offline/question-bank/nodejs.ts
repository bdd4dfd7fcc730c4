// Node.js questions: the runtime, building reliable services and running them in production.
import { skillBank } from "./define";

export const nodejs = skillBank("Node.js", ["node", "nodejs", "node js", "node.js"], [
  {
    id: "node-01",
    text: "How does Node.js handle many concurrent connections on a single thread?",
    talkingPoints: ["event loop", "non-blocking I/O", "libuv", "thread pool", "callbacks"],
  },
  {
    id: "node-02",
    text: "What happens if you run CPU-heavy work inside a Node.js request handler, and how would you avoid the problem?",
    talkingPoints: ["blocking the event loop", "worker threads", "child processes", "job queue", "latency"],
  },
  {
    id: "node-03",
    text: "Walk me through the phases of the Node.js event loop, and where process.nextTick and promises fit in.",
    talkingPoints: ["timers", "poll phase", "check phase", "setImmediate", "process.nextTick", "microtasks"],
  },
  {
    id: "node-04",
    text: "What are streams in Node.js, and when would you use them instead of reading data all at once?",
    talkingPoints: ["readable and writable", "backpressure", "memory usage", "pipeline", "large files"],
  },
  {
    id: "node-05",
    text: "How do you handle errors in a Node.js API so that failures are consistent and don't crash the process?",
    talkingPoints: ["error middleware", "async errors", "unhandled rejections", "status codes", "logging", "process manager"],
  },
  {
    id: "node-06",
    text: "How would you shut down a Node.js service gracefully during a deployment?",
    talkingPoints: ["SIGTERM", "stop accepting connections", "drain in-flight requests", "close database connections", "timeout"],
  },
  {
    id: "node-07",
    text: "How do you manage configuration and secrets for a Node.js application across environments?",
    talkingPoints: ["environment variables", "secret manager", "validate at startup", "twelve-factor", "never commit secrets"],
  },
  {
    id: "node-08",
    text: "How would you diagnose a memory leak in a production Node.js service?",
    talkingPoints: ["heap snapshot", "memory growth", "global caches", "event listeners", "inspector"],
  },
  {
    id: "node-09",
    text: "How do you scale a Node.js application across multiple CPU cores and multiple machines?",
    talkingPoints: ["cluster module", "multiple processes", "load balancer", "stateless", "horizontal scaling", "shared session store"],
  },
  {
    id: "node-10",
    text: "What is middleware in frameworks like Express, and how do you keep a middleware chain maintainable?",
    talkingPoints: ["request pipeline", "next function", "ordering", "cross-cutting concerns", "authentication"],
  },
  {
    id: "node-11",
    text: "How do you keep the dependencies of a Node.js project secure and up to date?",
    talkingPoints: ["lockfile", "npm audit", "semantic versioning", "automated updates", "supply chain", "fewer dependencies"],
  },
  {
    id: "node-12",
    text: "How would you implement rate limiting for a public Node.js API that runs on several servers?",
    talkingPoints: ["token bucket", "sliding window", "shared store", "Redis", "429 status", "per user or IP"],
  },
  {
    id: "node-13",
    text: "How do you set up logging and observability for a Node.js service?",
    talkingPoints: ["structured logging", "log levels", "correlation IDs", "metrics", "tracing", "OpenTelemetry"],
  },
  {
    id: "node-14",
    text: "How do CommonJS and ES modules differ in Node.js, and how do you deal with a project that mixes them?",
    talkingPoints: ["require", "import", "package.json type field", "interop", "dynamic import", "file extensions"],
  },
  {
    id: "node-15",
    text: "How would you make many outbound HTTP calls from Node.js efficiently without overwhelming the service you're calling?",
    talkingPoints: ["concurrency limit", "connection pooling", "keep-alive", "retries with backoff", "timeouts", "circuit breaker"],
  },
  {
    id: "node-16",
    text: "How do worker threads differ from child processes in Node.js, and when would you use each?",
    talkingPoints: ["worker threads", "shared memory", "child processes", "isolation", "message passing"],
  },
  {
    id: "node-17",
    text: "How do you protect a Node.js web API against the most common attacks?",
    talkingPoints: ["input validation", "injection", "security headers", "authentication", "rate limiting", "dependency audit"],
  },
  {
    id: "node-18",
    text: "How do you handle long-running background jobs in a system built on Node.js?",
    talkingPoints: ["job queue", "retries", "idempotency", "separate worker process", "monitoring"],
  },
  {
    id: "node-19",
    text: "How would you structure a growing Node.js backend so the business logic stays testable?",
    talkingPoints: ["layers", "dependency injection", "thin controllers", "service layer", "repositories"],
  },
  {
    id: "node-20",
    text: "What is backpressure, and how can ignoring it cause problems in a Node.js service?",
    talkingPoints: ["backpressure", "buffering", "memory", "highWaterMark", "drain event", "pipeline"],
  },
  {
    id: "node-21",
    text: "How do you approach authentication and sessions in a Node.js API: server sessions, JWTs, or something else?",
    talkingPoints: ["sessions", "JWT", "revocation", "HttpOnly cookies", "token expiry", "refresh tokens"],
  },
  {
    id: "node-22",
    text: "Which tools and techniques would you use to find out why a Node.js endpoint is slow?",
    talkingPoints: ["profiling", "flame graph", "inspect flag", "database queries", "event loop lag", "APM"],
  },
]);
