// Testing questions: strategy, test design, test doubles and keeping a suite trustworthy.
import { skillBank } from "./define";

export const testing = skillBank(
  "Testing",
  ["testing", "tests", "software testing", "unit testing", "automated testing", "test automation", "tdd", "qa"],
  [
    {
      id: "testing-01",
      text: "What is the testing pyramid, and do you think it still holds for modern applications?",
      talkingPoints: ["unit tests", "integration tests", "end-to-end tests", "cost and speed", "testing trophy", "confidence"],
    },
    {
      id: "testing-02",
      text: "What makes a unit test good, and what makes one brittle?",
      talkingPoints: ["one behaviour", "fast", "deterministic", "implementation details", "descriptive names", "arrange act assert"],
    },
    {
      id: "testing-03",
      text: "When do you use mocks, stubs and fakes, and what are the risks of mocking too much?",
      talkingPoints: ["mocks", "stubs", "fakes", "over-mocking", "false confidence", "system boundaries"],
    },
    {
      id: "testing-04",
      text: "How do you deal with flaky tests in a continuous integration pipeline?",
      talkingPoints: ["root cause", "quarantine", "timing and waits", "shared state", "test isolation", "retries hide problems"],
    },
    {
      id: "testing-05",
      text: "What is test-driven development, and where has it worked well or badly for you?",
      talkingPoints: ["red green refactor", "design feedback", "small steps", "exploratory work", "legacy code"],
    },
    {
      id: "testing-06",
      text: "How do you decide what to cover with end-to-end tests and what to leave to lower-level tests?",
      talkingPoints: ["critical user journeys", "slow and brittle", "lower-level coverage", "smoke tests", "maintenance cost"],
    },
    {
      id: "testing-07",
      text: "Is code coverage a useful metric? How do you use it, and how can it mislead?",
      talkingPoints: ["coverage percentage", "untested paths", "not a measure of quality", "assertions", "mutation testing"],
    },
    {
      id: "testing-08",
      text: "How would you test code that depends on the current time, on randomness, or on an external service?",
      talkingPoints: ["dependency injection", "fake timers", "seeded random", "test doubles", "contract tests"],
    },
    {
      id: "testing-09",
      text: "How do you start adding tests to a legacy codebase that has few or none?",
      talkingPoints: ["characterization tests", "seams", "test around changes", "refactor safely", "prioritise by risk"],
    },
    {
      id: "testing-10",
      text: "How do you handle databases and other real dependencies in integration tests?",
      talkingPoints: ["real database", "containers", "test data setup", "isolation", "transaction rollback", "cleanup"],
    },
    {
      id: "testing-11",
      text: "What is contract testing, and when is it useful between services?",
      talkingPoints: ["consumer-driven contracts", "Pact", "API compatibility", "independent deployment", "breaking changes"],
    },
    {
      id: "testing-12",
      text: "How do you write user interface tests that survive redesigns and refactoring?",
      talkingPoints: ["user-facing behaviour", "accessible queries", "avoid CSS selectors", "test IDs", "visual regression"],
    },
    {
      id: "testing-13",
      text: "How do you approach load or performance testing for a web service?",
      talkingPoints: ["load profile", "latency percentiles", "throughput", "bottlenecks", "production-like environment"],
    },
    {
      id: "testing-14",
      text: "What is property-based testing, and what kinds of bugs does it find that example-based tests miss?",
      talkingPoints: ["properties", "generated inputs", "shrinking", "edge cases", "invariants"],
    },
    {
      id: "testing-15",
      text: "What role should automated tests play in a continuous delivery pipeline?",
      talkingPoints: ["every change", "fast feedback", "gating deploys", "parallel runs", "staging", "rollback"],
    },
    {
      id: "testing-16",
      text: "How do you test asynchronous code so the tests are reliable rather than timing-dependent?",
      talkingPoints: ["await results", "fake timers", "avoid fixed sleeps", "wait for conditions", "deterministic ordering"],
    },
    {
      id: "testing-17",
      text: "How do you organise test data and fixtures so tests stay readable and independent of each other?",
      talkingPoints: ["factories", "builders", "minimal data", "fresh state", "shared fixtures"],
    },
    {
      id: "testing-18",
      text: "How do you balance manual exploratory testing with automated tests?",
      talkingPoints: ["exploratory testing", "automate regressions", "edge cases", "usability", "test charters"],
    },
    {
      id: "testing-19",
      text: "What is mutation testing, and what does it tell you that code coverage doesn't?",
      talkingPoints: ["mutants", "surviving mutants", "test effectiveness", "weak assertions", "runtime cost"],
    },
    {
      id: "testing-20",
      text: "How do you make sure error handling and failure paths are tested, not just the happy path?",
      talkingPoints: ["failure injection", "error responses", "timeouts", "edge cases", "boundary values"],
    },
    {
      id: "testing-21",
      text: "A bug reached production even though the test suite passed. What do you do about it from a testing point of view?",
      talkingPoints: ["reproduce with a failing test", "root cause", "gap in coverage", "regression test", "blameless review"],
    },
    {
      id: "testing-22",
      text: "How do you test accessibility as part of your normal development workflow?",
      talkingPoints: ["automated checks", "axe", "keyboard testing", "screen reader", "manual review", "colour contrast"],
    },
  ],
);
