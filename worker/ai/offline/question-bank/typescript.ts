// TypeScript questions: the type system, strictness and keeping types honest at runtime.
import { skillBank } from "./define";

export const typescript = skillBank("TypeScript", ["typescript", "ts"], [
  {
    id: "ts-01",
    text: "What is the difference between an interface and a type alias in TypeScript, and how do you choose between them?",
    talkingPoints: ["declaration merging", "union types", "extends", "intersections", "team consistency"],
  },
  {
    id: "ts-02",
    text: "Explain structural typing in TypeScript and how it differs from the nominal typing of languages like Java or C#.",
    talkingPoints: ["structural typing", "shape compatibility", "nominal typing", "branded types", "excess property checks"],
  },
  {
    id: "ts-03",
    text: "How do generics work in TypeScript, and how do you use constraints to keep them useful?",
    talkingPoints: ["type parameters", "extends constraint", "inference", "reusable functions", "keyof"],
  },
  {
    id: "ts-04",
    text: "What are discriminated unions, and how do they help you model application state safely?",
    talkingPoints: ["discriminant property", "narrowing", "exhaustive checks", "never type", "impossible states"],
  },
  {
    id: "ts-05",
    text: "What is the difference between any, unknown and never, and when is each one appropriate?",
    talkingPoints: ["any disables checking", "unknown requires narrowing", "never", "type guards", "exhaustiveness"],
  },
  {
    id: "ts-06",
    text: "How does type narrowing work in TypeScript, and how would you go about writing a custom type guard?",
    talkingPoints: ["typeof", "instanceof", "in operator", "type predicate", "control flow analysis", "assertion functions"],
  },
  {
    id: "ts-07",
    text: "Describe mapped types and conditional types, and a real problem they helped you solve.",
    talkingPoints: ["mapped types", "conditional types", "infer", "Partial", "distributive", "utility types"],
  },
  {
    id: "ts-08",
    text: "Which built-in utility types do you use most, and how do they save you from duplicating type definitions?",
    talkingPoints: ["Partial", "Pick", "Omit", "Record", "ReturnType", "single source of truth"],
  },
  {
    id: "ts-09",
    text: "How would you migrate a large JavaScript codebase to TypeScript incrementally without stopping feature work?",
    talkingPoints: ["allowJs", "incremental migration", "gradual strictness", "declaration files", "shared modules first", "type checks in CI"],
  },
  {
    id: "ts-10",
    text: "Which compiler strictness options do you consider essential, and why?",
    talkingPoints: ["strict", "noImplicitAny", "strictNullChecks", "noUncheckedIndexedAccess", "exactOptionalPropertyTypes"],
  },
  {
    id: "ts-11",
    text: "TypeScript types disappear at runtime. How do you make sure data from an API or user input really matches your types?",
    talkingPoints: ["type erasure", "runtime validation", "schema library", "zod", "validate at the boundary", "infer types from schema"],
  },
  {
    id: "ts-12",
    text: "What are declaration files, and how do you deal with a third-party library whose types are missing or wrong?",
    talkingPoints: ["d.ts files", "DefinitelyTyped", "module augmentation", "declare module", "contribute upstream"],
  },
  {
    id: "ts-13",
    text: "What is the difference between a type assertion and a type annotation, and why is overusing assertions risky?",
    talkingPoints: ["as keyword", "annotations are checked", "assertions bypass checks", "satisfies", "non-null assertion", "runtime errors"],
  },
  {
    id: "ts-14",
    text: "What does the satisfies operator do, and when would you use it instead of a type annotation?",
    talkingPoints: ["satisfies", "preserve literal types", "check without widening", "config objects", "inference"],
  },
  {
    id: "ts-15",
    text: "How do enums work in TypeScript, and why do many teams prefer unions of string literals instead?",
    talkingPoints: ["numeric enums", "runtime object", "const enums", "string literal unions", "tree shaking", "isolatedModules"],
  },
  {
    id: "ts-16",
    text: "When is one function type assignable to another in TypeScript, and what does the strictFunctionTypes option change?",
    talkingPoints: ["covariance", "contravariance", "parameter bivariance", "strictFunctionTypes", "method shorthand"],
  },
  {
    id: "ts-17",
    text: "How do you type a function whose return type depends on its arguments: overloads, generics, or unions?",
    talkingPoints: ["function overloads", "generics", "union parameters", "conditional return types", "readability"],
  },
  {
    id: "ts-18",
    text: "How do you share types between a frontend and a backend in a TypeScript project, and keep them in sync?",
    talkingPoints: ["shared package", "monorepo", "schema-first", "code generation", "OpenAPI", "versioning"],
  },
  {
    id: "ts-19",
    text: "What are template literal types, and where have you seen them be genuinely practical?",
    talkingPoints: ["template literal types", "string patterns", "event names", "key remapping", "autocomplete"],
  },
  {
    id: "ts-20",
    text: "How do you keep type-checking and editor performance healthy in a large TypeScript codebase?",
    talkingPoints: ["project references", "incremental builds", "skipLibCheck", "overly complex types", "isolatedModules", "transpile separately"],
  },
  {
    id: "ts-21",
    text: "What do readonly and as const give you, and how far does TypeScript's immutability guarantee actually go?",
    talkingPoints: ["readonly", "as const", "compile time only", "shallow", "mutation bugs"],
  },
  {
    id: "ts-22",
    text: "How do you model a value that may be missing: optional properties, undefined, or null? What conventions do you follow?",
    talkingPoints: ["optional properties", "undefined versus null", "strictNullChecks", "optional chaining", "nullish coalescing", "consistency"],
  },
]);
