// Python questions: the data model, concurrency, tooling and writing maintainable Python.
import { skillBank } from "./define";

export const python = skillBank("Python", ["python", "python3", "py"], [
  {
    id: "python-01",
    text: "How do you choose between lists, tuples, sets and dictionaries in Python, and what are the performance implications?",
    talkingPoints: ["mutability", "hashing", "membership lookup", "ordering", "time complexity"],
  },
  {
    id: "python-02",
    text: "What is the Global Interpreter Lock, and how does it affect threading compared with multiprocessing?",
    talkingPoints: ["GIL", "CPU-bound", "I/O-bound", "multiprocessing", "threads", "asyncio"],
  },
  {
    id: "python-03",
    text: "How does asyncio work in Python, and when is it a better fit than threads?",
    talkingPoints: ["event loop", "coroutines", "await", "I/O-bound", "blocking calls", "gather"],
  },
  {
    id: "python-04",
    text: "What are decorators in Python, and what have you used them for?",
    talkingPoints: ["higher-order functions", "wrapping", "functools.wraps", "logging or caching", "decorator arguments"],
  },
  {
    id: "python-05",
    text: "Explain generators and the yield keyword, and why they can save memory.",
    talkingPoints: ["lazy evaluation", "yield", "iterator", "memory", "pipelines", "generator expressions"],
  },
  {
    id: "python-06",
    text: "What are context managers in Python, and why is the with statement useful?",
    talkingPoints: ["with statement", "enter and exit", "resource cleanup", "exceptions", "contextlib"],
  },
  {
    id: "python-07",
    text: "What goes wrong when you use a mutable default argument in Python, and how do you avoid it?",
    talkingPoints: ["default evaluated once", "shared between calls", "None as default", "mutability"],
  },
  {
    id: "python-08",
    text: "How do you manage dependencies and virtual environments for a Python project so builds are reproducible?",
    talkingPoints: ["virtual environment", "pip", "lock file", "poetry or uv", "pinning versions", "reproducible builds"],
  },
  {
    id: "python-09",
    text: "How do you use type hints in Python, and what value do they add in a dynamically typed language?",
    talkingPoints: ["type hints", "mypy", "not enforced at runtime", "documentation", "editor support", "gradual typing"],
  },
  {
    id: "python-10",
    text: "How does Python manage memory, and what are reference counting and the cyclic garbage collector?",
    talkingPoints: ["reference counting", "garbage collector", "reference cycles", "del statement", "weakref"],
  },
  {
    id: "python-11",
    text: "What is the difference between a shallow and a deep copy in Python, and when does that catch people out?",
    talkingPoints: ["copy module", "deepcopy", "nested objects", "references", "mutation"],
  },
  {
    id: "python-12",
    text: "How would you find and fix a performance problem in a slow Python program?",
    talkingPoints: ["profiling", "cProfile", "algorithmic complexity", "vectorization", "caching", "built-ins"],
  },
  {
    id: "python-13",
    text: "What are dataclasses, and how do they compare with named tuples or Pydantic models?",
    talkingPoints: ["dataclass", "less boilerplate", "frozen", "namedtuple", "validation", "Pydantic"],
  },
  {
    id: "python-14",
    text: "What does 'easier to ask forgiveness than permission' mean in Python, and how does it shape your exception handling?",
    talkingPoints: ["EAFP", "look before you leap", "specific exceptions", "bare except", "finally", "custom exceptions"],
  },
  {
    id: "python-15",
    text: "How do you structure a larger Python application or package so that imports stay clean?",
    talkingPoints: ["packages and modules", "init file", "circular imports", "absolute imports", "pyproject.toml"],
  },
  {
    id: "python-16",
    text: "When do list comprehensions and generator expressions improve code, and when do they hurt readability?",
    talkingPoints: ["comprehension", "generator expression", "readability", "nested loops", "memory"],
  },
  {
    id: "python-17",
    text: "How do you test Python code, and which features of a tool like pytest do you rely on?",
    talkingPoints: ["pytest", "fixtures", "parametrize", "mocking", "coverage"],
  },
  {
    id: "python-18",
    text: "How do args and kwargs work in Python function signatures, and where are they genuinely useful rather than just convenient?",
    talkingPoints: ["positional arguments", "keyword arguments", "unpacking", "wrappers", "forwarding", "API clarity"],
  },
  {
    id: "python-19",
    text: "If you were building a small web API in Python, how would you choose between Flask, Django and FastAPI?",
    talkingPoints: ["FastAPI", "Django", "Flask", "async support", "validation", "batteries included"],
  },
  {
    id: "python-20",
    text: "How does inheritance work in Python classes, and what is the method resolution order?",
    talkingPoints: ["method resolution order", "super", "multiple inheritance", "mixins", "composition"],
  },
  {
    id: "python-21",
    text: "What are dunder methods, and how do they let your own classes behave like built-in types?",
    talkingPoints: ["dunder methods", "repr", "equality and hashing", "operator overloading", "iteration protocol"],
  },
  {
    id: "python-22",
    text: "How would you process a data file in Python that is too large to fit in memory?",
    talkingPoints: ["streaming", "chunks", "generators", "pandas chunksize", "memory"],
  },
]);
