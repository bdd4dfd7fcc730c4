// React questions: rendering, hooks, state and the performance of real applications.
import { skillBank } from "./define";

export const react = skillBank("React", ["react", "reactjs", "react js"], [
  {
    id: "react-01",
    text: "How does React's reconciliation work, and why do keys matter when rendering lists?",
    talkingPoints: ["virtual DOM", "diffing", "keys", "component identity", "index as key"],
  },
  {
    id: "react-02",
    text: "What causes a component to re-render in React, and how do you find and fix unnecessary re-renders?",
    talkingPoints: ["state change", "parent re-render", "context updates", "React.memo", "profiler", "stable references"],
  },
  {
    id: "react-03",
    text: "Explain the useEffect hook: when it runs, what the dependency array does, and the mistakes people commonly make with it.",
    talkingPoints: ["runs after render", "dependency array", "cleanup function", "stale closures", "infinite loops", "derived state"],
  },
  {
    id: "react-04",
    text: "When do you reach for useMemo and useCallback, and when are they unnecessary?",
    talkingPoints: ["memoization", "referential equality", "expensive calculations", "memoized children", "premature optimisation"],
  },
  {
    id: "react-05",
    text: "How do you decide where a piece of state should live in a React application?",
    talkingPoints: ["local state", "lifting state up", "context", "global store", "server state", "URL state"],
  },
  {
    id: "react-06",
    text: "What are the trade-offs of using React Context compared with a dedicated state management library?",
    talkingPoints: ["prop drilling", "all consumers re-render", "splitting contexts", "selectors", "Redux or Zustand", "devtools"],
  },
  {
    id: "react-07",
    text: "What is the difference between controlled and uncontrolled components, especially for forms?",
    talkingPoints: ["controlled", "uncontrolled", "refs", "validation", "form libraries", "performance"],
  },
  {
    id: "react-08",
    text: "What are the rules of hooks, and why does React need them?",
    talkingPoints: ["top level only", "call order", "no conditionals", "custom hooks", "lint rule"],
  },
  {
    id: "react-09",
    text: "How would you fetch data in a React app while handling loading, errors, caching and race conditions?",
    talkingPoints: ["loading state", "error state", "race conditions", "abort", "caching", "React Query"],
  },
  {
    id: "react-10",
    text: "What are error boundaries in React, and which kinds of errors do they not catch?",
    talkingPoints: ["error boundary", "fallback UI", "event handlers", "async errors", "logging", "granularity"],
  },
  {
    id: "react-11",
    text: "Explain server-side rendering and hydration in React, and what can go wrong during hydration.",
    talkingPoints: ["server-side rendering", "hydration", "hydration mismatch", "first paint", "interactivity", "streaming"],
  },
  {
    id: "react-12",
    text: "What are React Server Components, and how do they differ from traditional server-side rendering?",
    talkingPoints: ["server components", "client components", "bundle size", "data fetching on the server", "use client", "serialization"],
  },
  {
    id: "react-13",
    text: "How do you make a React application accessible, and how do you check that it actually is?",
    talkingPoints: ["semantic HTML", "keyboard navigation", "focus management", "ARIA", "screen readers", "axe"],
  },
  {
    id: "react-14",
    text: "What is concurrent rendering in React, and how do transitions such as useTransition help the user experience?",
    talkingPoints: ["concurrent rendering", "interruptible rendering", "useTransition", "urgent updates", "useDeferredValue", "Suspense"],
  },
  {
    id: "react-15",
    text: "How would you render a list of ten thousand rows in React without the page becoming sluggish?",
    talkingPoints: ["virtualization", "windowing", "pagination", "memoized rows", "stable keys"],
  },
  {
    id: "react-16",
    text: "How do you design custom hooks, and what separates a good custom hook from a bad one?",
    talkingPoints: ["reuse logic", "use prefix", "single responsibility", "return value shape", "testing hooks"],
  },
  {
    id: "react-17",
    text: "How do you reduce the amount of JavaScript a React application ships to the browser?",
    talkingPoints: ["code splitting", "React.lazy", "dynamic import", "bundle analyzer", "tree shaking", "heavy dependencies"],
  },
  {
    id: "react-18",
    text: "What are refs for in React, and when is reaching for a ref the wrong choice?",
    talkingPoints: ["useRef", "DOM access", "mutable value", "no re-render", "forwardRef", "escape hatch"],
  },
  {
    id: "react-19",
    text: "How do you approach testing React components so the tests give you real confidence?",
    talkingPoints: ["React Testing Library", "user behaviour", "accessible queries", "mocking the network", "implementation details"],
  },
  {
    id: "react-20",
    text: "What is Suspense in React, and how does it change the way you handle loading states?",
    talkingPoints: ["Suspense", "fallback", "lazy loading", "data fetching", "boundary placement"],
  },
  {
    id: "react-21",
    text: "How do you structure a large React codebase so that features stay easy to change?",
    talkingPoints: ["feature folders", "component composition", "shared components", "colocation", "module boundaries"],
  },
  {
    id: "react-22",
    text: "Why does React expect state to be treated as immutable, and what bugs appear when state is mutated directly?",
    talkingPoints: ["immutable updates", "reference equality", "missed re-renders", "spread syntax", "Immer"],
  },
]);
