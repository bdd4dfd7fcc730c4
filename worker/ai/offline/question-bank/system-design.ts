// System design questions: classic design prompts and the building blocks behind them.
import { skillBank } from "./define";

export const systemDesign = skillBank(
  "System Design",
  ["system design", "systems design", "distributed systems", "software architecture"],
  [
    {
      id: "sysdesign-01",
      text: "How would you design a URL shortener that handles millions of redirects a day?",
      talkingPoints: ["ID generation", "key-value store", "caching", "redirect latency", "analytics", "collisions"],
    },
    {
      id: "sysdesign-02",
      text: "How would you design a rate limiter that is shared by several API servers?",
      talkingPoints: ["token bucket", "central store", "Redis", "sliding window", "consistency", "failure mode"],
    },
    {
      id: "sysdesign-03",
      text: "Walk me through how you would design the news feed for a social app.",
      talkingPoints: ["fan-out on write", "fan-out on read", "celebrity accounts", "ranking", "caching", "pagination"],
    },
    {
      id: "sysdesign-04",
      text: "How would you design a real-time chat system?",
      talkingPoints: ["WebSockets", "message persistence", "ordering", "presence", "delivery receipts", "horizontal scaling"],
    },
    {
      id: "sysdesign-05",
      text: "Explain the CAP theorem and how it influences design decisions in practice.",
      talkingPoints: ["consistency", "availability", "partition tolerance", "eventual consistency", "trade-off"],
    },
    {
      id: "sysdesign-06",
      text: "What caching strategies do you know, and how do you deal with cache invalidation?",
      talkingPoints: ["cache-aside", "write-through", "TTL", "invalidation", "cache stampede", "CDN"],
    },
    {
      id: "sysdesign-07",
      text: "How do you decide between a monolith and microservices for a new product?",
      talkingPoints: ["team size", "independent deployment", "operational complexity", "domain boundaries", "modular monolith"],
    },
    {
      id: "sysdesign-08",
      text: "How would you design a system that sends email, SMS and push notifications to millions of users?",
      talkingPoints: ["message queue", "workers", "retries", "user preferences", "rate limits", "deduplication"],
    },
    {
      id: "sysdesign-09",
      text: "How do you make an API operation idempotent, and why does that matter in distributed systems?",
      talkingPoints: ["idempotency key", "retries", "duplicate requests", "at-least-once delivery", "stored results"],
    },
    {
      id: "sysdesign-10",
      text: "How would you shard a database, and how do you choose a good shard key?",
      talkingPoints: ["shard key", "hot spots", "even distribution", "cross-shard queries", "consistent hashing", "resharding"],
    },
    {
      id: "sysdesign-11",
      text: "What role do message queues play in a system's design, and what delivery guarantees can they offer?",
      talkingPoints: ["decoupling", "absorbing load spikes", "at-least-once", "exactly-once", "ordering", "dead letter queue"],
    },
    {
      id: "sysdesign-12",
      text: "How would you design file uploads and storage for a photo-sharing service?",
      talkingPoints: ["object storage", "pre-signed URLs", "CDN", "thumbnails", "metadata database", "asynchronous processing"],
    },
    {
      id: "sysdesign-13",
      text: "How do you design a system to be highly available, and what does an availability target like four nines mean in practice?",
      talkingPoints: ["redundancy", "single point of failure", "failover", "multiple regions", "health checks", "downtime budget"],
    },
    {
      id: "sysdesign-14",
      text: "How do load balancers work, and what strategies can they use to spread traffic?",
      talkingPoints: ["round robin", "least connections", "health checks", "layer 4 and layer 7", "sticky sessions"],
    },
    {
      id: "sysdesign-15",
      text: "How would you design the autocomplete behind a search box?",
      talkingPoints: ["trie", "prefix matching", "ranking by popularity", "caching", "latency", "debouncing"],
    },
    {
      id: "sysdesign-16",
      text: "How do you approach observability for a distributed system with many services?",
      talkingPoints: ["logs", "metrics", "distributed tracing", "alerting", "SLOs", "dashboards"],
    },
    {
      id: "sysdesign-17",
      text: "How would you keep data consistent across several services that each own their own database?",
      talkingPoints: ["saga", "eventual consistency", "outbox pattern", "compensating actions", "two-phase commit"],
    },
    {
      id: "sysdesign-18",
      text: "Before building a new system, how do you estimate the traffic, storage and bandwidth it will need?",
      talkingPoints: ["back-of-the-envelope", "requests per second", "peak traffic", "storage growth", "read-write ratio"],
    },
    {
      id: "sysdesign-19",
      text: "How would you design a system that processes payments reliably?",
      talkingPoints: ["idempotency", "ledger", "reconciliation", "payment provider", "retries", "audit trail"],
    },
    {
      id: "sysdesign-20",
      text: "What does a CDN do, and how does serving content from the edge change your architecture?",
      talkingPoints: ["edge caching", "latency", "cache headers", "origin offload", "invalidation", "dynamic content"],
    },
    {
      id: "sysdesign-21",
      text: "How would you design a job scheduler that runs millions of delayed and recurring tasks?",
      talkingPoints: ["durable storage", "time-based partitioning", "workers", "at-least-once", "leases", "retries"],
    },
    {
      id: "sysdesign-22",
      text: "How should a system behave when a service it depends on becomes slow or unavailable?",
      talkingPoints: ["timeouts", "retries with backoff", "circuit breaker", "fallback", "bulkheads", "graceful degradation"],
    },
  ],
);
