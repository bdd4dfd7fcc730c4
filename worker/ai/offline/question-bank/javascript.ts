// JavaScript questions: language semantics, async behaviour and the browser runtime.
import { skillBank } from "./define";

export const javascript = skillBank("JavaScript", ["javascript", "js", "ecmascript", "es6", "vanilla js"], [
  {
    id: "js-01",
    text: "Can you explain how the JavaScript event loop works, and how microtasks differ from regular tasks?",
    talkingPoints: ["call stack", "task queue", "microtask queue", "promises", "setTimeout", "rendering"],
  },
  {
    id: "js-02",
    text: "What is a closure in JavaScript, and where have closures been genuinely useful to you or caused you trouble?",
    talkingPoints: ["lexical scope", "function keeps access to variables", "private state", "memory leaks", "stale values"],
  },
  {
    id: "js-03",
    text: "How does JavaScript decide what the this keyword refers to, and how do arrow functions change that?",
    talkingPoints: ["call site", "bind", "call and apply", "arrow functions", "lexical this", "new keyword"],
  },
  {
    id: "js-04",
    text: "Explain prototypal inheritance in JavaScript and how it relates to the class syntax.",
    talkingPoints: ["prototype chain", "property lookup", "Object.create", "syntactic sugar", "constructor functions"],
  },
  {
    id: "js-05",
    text: "What are the practical differences between var, let and const, and what is the temporal dead zone?",
    talkingPoints: ["function scope", "block scope", "hoisting", "temporal dead zone", "reassignment"],
  },
  {
    id: "js-06",
    text: "How do promises and async/await relate to each other, and how do you handle errors properly in asynchronous code?",
    talkingPoints: ["promise chaining", "try catch", "unhandled rejections", "Promise.all", "await in loops"],
  },
  {
    id: "js-07",
    text: "How does type coercion work in JavaScript, and what habits do you follow to avoid coercion bugs?",
    talkingPoints: ["strict equality", "truthy and falsy", "implicit conversion", "NaN", "explicit conversion"],
  },
  {
    id: "js-08",
    text: "How does garbage collection work in JavaScript, and how would you track down a memory leak in a long-running page?",
    talkingPoints: ["mark and sweep", "reachability", "heap snapshot", "event listeners", "detached DOM nodes", "closures"],
  },
  {
    id: "js-09",
    text: "Explain event bubbling and event delegation in the browser. When would you choose delegation?",
    talkingPoints: ["bubbling", "capturing", "event target", "single listener", "dynamic elements", "stopPropagation"],
  },
  {
    id: "js-10",
    text: "What is the difference between debouncing and throttling, and where would you use each?",
    talkingPoints: ["debounce", "throttle", "search input", "scroll or resize", "rate of calls", "trailing call"],
  },
  {
    id: "js-11",
    text: "How do ES modules differ from CommonJS, and why does that difference matter for bundling?",
    talkingPoints: ["static imports", "tree shaking", "require", "live bindings", "dynamic import", "top-level await"],
  },
  {
    id: "js-12",
    text: "What is the difference between a shallow copy and a deep copy of an object, and what are the pitfalls of the common ways to make each?",
    talkingPoints: ["spread operator", "references", "structuredClone", "nested objects", "JSON serialization", "mutation"],
  },
  {
    id: "js-13",
    text: "What are iterators and generators in JavaScript, and when have you found them useful?",
    talkingPoints: ["iterator protocol", "yield", "lazy evaluation", "for of", "async iterators"],
  },
  {
    id: "js-14",
    text: "What are Map, Set, WeakMap and WeakSet for, and when would you choose them over plain objects and arrays?",
    talkingPoints: ["key types", "insertion order", "weak references", "garbage collection", "uniqueness", "caching metadata"],
  },
  {
    id: "js-15",
    text: "What makes a page unresponsive when JavaScript does heavy work, and how would you keep the interface smooth?",
    talkingPoints: ["main thread", "web workers", "chunking work", "requestAnimationFrame", "requestIdleCallback", "long tasks"],
  },
  {
    id: "js-16",
    text: "How do you approach immutability in JavaScript, and what are the trade-offs of Object.freeze compared with immutable update patterns?",
    talkingPoints: ["Object.freeze", "shallow freeze", "spread updates", "reference equality", "performance", "predictable state"],
  },
  {
    id: "js-17",
    text: "What are the main security risks for JavaScript running in the browser, and how do you mitigate them?",
    talkingPoints: ["cross-site scripting", "content security policy", "escaping output", "innerHTML", "third-party scripts", "CSRF"],
  },
  {
    id: "js-18",
    text: "How would you cancel an asynchronous operation that is already in flight, such as a fetch request, and why might you need to?",
    talkingPoints: ["AbortController", "abort signal", "race conditions", "stale responses", "cleanup", "timeouts"],
  },
  {
    id: "js-19",
    text: "How does JavaScript represent numbers, and what problems does that cause for things like money or very large IDs?",
    talkingPoints: ["floating point", "precision", "BigInt", "integer cents", "MAX_SAFE_INTEGER"],
  },
  {
    id: "js-20",
    text: "What does strict mode change in JavaScript, and why is it the default inside modules and classes?",
    talkingPoints: ["silent errors become exceptions", "undeclared variables", "this is undefined", "modules", "safer optimisations"],
  },
  {
    id: "js-21",
    text: "How do Promise.all, Promise.allSettled, Promise.race and Promise.any differ, and when would you use each?",
    talkingPoints: ["fail fast", "allSettled", "race", "any", "partial failures", "timeouts"],
  },
  {
    id: "js-22",
    text: "Without a framework imposing a structure, how do you organise a larger JavaScript codebase so it stays maintainable?",
    talkingPoints: ["modules", "separation of concerns", "dependency direction", "naming conventions", "linting", "tests"],
  },
]);
