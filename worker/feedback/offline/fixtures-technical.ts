// Test fixtures: strong and weak answers to technical questions from the bank, across several skills.
import type { AnswerPair } from "./fixtures";

export const TECHNICAL_PAIRS: AnswerPair[] = [
  {
    questionId: "js-01",
    strong:
      "The event loop is how JavaScript runs asynchronous code on a single thread. Synchronous code runs on the call stack until it is empty. Then the loop takes the next task from the task queue, for example a setTimeout callback or a click handler. Microtasks are different: promise callbacks and queueMicrotask go into the microtask queue, and that queue is drained completely after each task, before the browser gets a chance to do rendering. So a resolved promise always runs before a setTimeout of zero. I ran into this at my last job: we had a loop that scheduled hundreds of promise callbacks, and the page froze because rendering never got a turn. I split the work into chunks with setTimeout, which let the browser paint between them, and the freeze went from about two seconds to nothing noticeable. In short, tasks run one at a time, microtasks run all at once in between.",
    weak:
      "The event loop is what lets JavaScript do things asynchronously. It keeps checking if there is something to run and then runs it. Microtasks are like smaller tasks that run sooner than the normal ones. Promises use them I think. It's important to understand it if you write async code.",
  },
  {
    questionId: "js-10",
    strong:
      "Both limit how often a function runs, but in different ways. Debounce waits until the calls stop: it only runs the function once nothing has happened for, say, 300 milliseconds. Throttle runs the function at most once per interval, however many events come in, so it controls the rate of calls. I use debounce for a search input, because you only want to query the API once the user stops typing. In my last project, debouncing the search box cut the requests to our search endpoint by about 80 percent. Throttle fits scroll or resize handlers, where you want regular updates while it is happening, for example updating a sticky header every 100 milliseconds. One detail that matters is the trailing call: with throttling you usually want one final call after the last event so the UI ends in the right state. So my rule of thumb is debounce when only the final value matters, throttle when the updates in between matter too.",
    weak:
      "Debouncing and throttling are both ways to stop a function from being called too much. Debouncing waits a bit and throttling runs it every so often. They are useful for performance when there are a lot of events happening in the browser. Lodash has functions for both of them.",
  },
  {
    questionId: "ts-04",
    strong:
      "A discriminated union is a union of object types that all share one literal property, the discriminant, like a status field that is either loading, success or error. When you check that property in an if or a switch, TypeScript does narrowing, so inside the success branch it knows the data field exists and in the error branch it knows there is an error. That's why they are great for application state: you can make impossible states impossible, like having both data and an error at the same time. In my current job we had request state modelled as three optional fields and we kept hitting bugs where the spinner and the error showed together. I replaced it with a discriminated union and added exhaustive checks, where the default case assigns the value to the never type, so adding a new status fails the build until every switch handles it. After that change those bugs simply stopped coming back.",
    weak:
      "Discriminated unions are union types where TypeScript can tell which type you have. They are useful for state because you can describe the different states your app can be in. I think they make the code safer and easier to read than using lots of optional properties.",
  },
  {
    questionId: "react-03",
    strong:
      "useEffect runs after render, once React has committed the changes to the DOM, so it's the place for side effects like subscriptions or fetching. The dependency array tells React when to run it again: with no array it runs after every render, with an empty array only after the first, and otherwise whenever one of the listed values changes. The effect can return a cleanup function, which runs before the next effect and when the component unmounts, for example to remove an event listener. The common mistakes are, first, missing dependencies, which gives you stale closures that read old state. Second, setting state that is also a dependency, which causes infinite loops. And third, using an effect to compute derived state that could just be calculated during render. On one project I removed about a dozen effects that only copied props into state, and the component got simpler and rendered half as often. So my approach is to reach for useEffect only to sync with something outside React.",
    weak:
      "useEffect is a hook for side effects in function components. It runs when the component renders and you can give it dependencies so it does not run every time. People often forget dependencies or create loops. It replaced componentDidMount and componentDidUpdate from class components.",
  },
  {
    questionId: "node-02",
    strong:
      "Node runs your JavaScript on a single thread, so CPU-heavy work in a request handler ends up blocking the event loop. While it's hashing or resizing an image, no other request can be served, and latency for every user goes up, not just the one who asked. To avoid it, I first measure whether the work really is heavy, and then move it off the main thread. For work that has to finish within the request, worker threads are a good fit, usually with a pool so you don't spawn one per request. For separate programs, like calling ImageMagick, child processes work. And if the user doesn't need the result immediately, I put it on a job queue, for example BullMQ backed by Redis, and return a 202 straight away. At my previous company we moved PDF generation to a queue and our p95 latency dropped from about 2 seconds to 150 milliseconds. In short, keep the event loop for I/O and push CPU work elsewhere.",
    weak:
      "If you do heavy work in Node it can slow things down because Node is single threaded. Other requests will have to wait until it's finished. You could use something like worker threads to avoid it, or maybe just make the code more efficient so it doesn't take as long.",
  },
  {
    questionId: "python-02",
    strong:
      "The GIL, the Global Interpreter Lock, is a lock in CPython that lets only one thread execute Python bytecode at a time. That means threads don't give you parallelism for CPU-bound work: two threads crunching numbers take about as long as one. For I/O-bound work threads are still fine, because the GIL is released while a thread waits on the network or disk. For CPU-bound work I use multiprocessing, which runs separate processes, each with its own interpreter and its own GIL, so they really run in parallel on several cores. The cost is that data has to be pickled between processes. For lots of concurrent I/O, asyncio is often simpler than threads. For example, at my last job we had a report generator using a thread pool that was no faster than a single thread; I switched it to a ProcessPoolExecutor and the job went from forty minutes to about twelve on an eight-core machine. So threads for waiting, processes for computing.",
    weak:
      "The GIL is a lock in Python that stops threads from running at the same time. So threading is not always faster in Python. Multiprocessing is another option that gets around it. It depends on what your program is doing which one you should use.",
  },
  {
    questionId: "sql-01",
    strong:
      "An index is a separate data structure, usually a B-tree, that keeps the values of one or more columns sorted with pointers back to the rows. So instead of scanning the whole table, the database walks the tree and gets faster lookups, often going from reading millions of rows to a handful of pages. The cost is on the write side: every insert, update or delete also has to update each index, so too many indexes mean slower writes, and they take up storage and memory too. Indexes also only help when they are selective; an index on a boolean column rarely helps, and the query planner may just ignore it. For example, in my last role we had an orders table with eleven indexes, and inserts were slow during sales. I used the usage statistics to find four indexes that were never read, dropped them, and insert time went down by about 30 percent. So I add indexes for real query patterns and check they are actually used.",
    weak:
      "Indexes make queries faster because the database can find the rows without looking through the whole table. It's a bit like the index in a book. If you add too many it can slow things down, so you should only add the ones you need for your queries.",
  },
  {
    questionId: "sql-07",
    strong:
      "The N plus one problem is when code runs one query to load a list, and then one more query for each item in that list. It usually comes from an ORM with lazy loading: you load fifty posts, then touch post.author in a loop, and the ORM quietly fires fifty extra queries. I spot it in the query logs, or with a tool like the Django debug toolbar, where you see the same query repeated with different IDs. The fix is to load the related data up front. Eager loading, like select_related or include in Prisma, turns it into a join or a second query with an IN clause. Batching with something like DataLoader does the same thing in GraphQL resolvers. On one project our order history page made over 300 queries per request; after adding eager loading it made three, and the page went from about 1.8 seconds to 200 milliseconds. That's why I now check the query count in tests for the busiest endpoints.",
    weak:
      "N plus one is when you run too many queries to the database, one for every row. It happens a lot with ORMs. You can fix it by getting all the data in one go instead of many small queries. It is a common performance problem in web applications.",
  },
  {
    questionId: "sysdesign-02",
    strong:
      "If several API servers each kept their own counters, a client could get several times its limit by spreading requests, so the state needs to live in a central store that all of them share. Redis is the usual choice, because it is fast and has atomic operations. For the algorithm I'd use a token bucket: each client has a bucket that refills at a steady rate, and each request takes a token, which allows short bursts but caps the average. The alternative is a sliding window counter, which is smoother at window edges. To keep it consistent under concurrency, the check and the decrement have to be atomic, so I'd do them in a small Lua script in Redis. Then there's the failure mode: if Redis is down, do you fail open or closed? For most APIs I'd fail open with a local fallback limit, so an outage in the limiter doesn't take down the whole API. At my last job we built exactly this and it handled around 20,000 requests per second with about one millisecond of extra latency.",
    weak:
      "A rate limiter limits how many requests a user can make. Since there are several servers, they need to share the count somehow, maybe with a database or cache. When a user goes over the limit you return an error. You also need to decide what the limit should be for each user.",
  },
  {
    questionId: "testing-04",
    strong:
      "First, I treat a flaky test as a real bug, either in the test or in the code, so the goal is always the root cause. Retries hide problems: they make the pipeline green while the race condition is still there. What I do is quarantine the test straight away, moving it to a separate job that doesn't block merges, and create a ticket so it doesn't get forgotten. Then I reproduce it, for example by running it a hundred times in a loop. Most flaky tests I've seen come from timing and waits, like a fixed sleep instead of waiting for an element, or from shared state, where one test leaves data in the database that another test depends on. The fix is better test isolation: each test creates its own data and cleans up. In my current team we had about forty flaky end-to-end tests; after two weeks of this process we were down to three, and the pipeline went from failing a third of runs to almost never. So quarantine fast, then fix the cause.",
    weak:
      "Flaky tests are annoying because sometimes they pass and sometimes they fail. You can rerun them but that is not a good long-term solution. It's better to look at why they fail and fix them. Sometimes it's a timing issue. It is important to keep the pipeline reliable so people trust it.",
  },
];
