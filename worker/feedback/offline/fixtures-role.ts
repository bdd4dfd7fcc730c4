// Test fixtures: strong and weak answers to role questions (junior, senior, full-stack, frontend, backend, lead).
import type { AnswerPair } from "./fixtures";

export const ROLE_PAIRS: AnswerPair[] = [
  {
    questionId: "role-junior-02",
    strong:
      "First I time-box it: if I've been stuck for about an hour, I change approach. My debugging steps are to reproduce the problem reliably, read the full error message, and then narrow it down, for example by adding logging or using the debugger to check my assumptions one by one. I also go back to the documentation, because often I've misunderstood how a library behaves. If that doesn't work, I ask for help, and I try to explain what I tried and what I expected, so the other person doesn't have to start from zero. Last month I was stuck on a CORS error for most of a morning; writing down what I'd tried for my question made me notice I was testing against the wrong port, so I fixed it before I even sent it. So the key for me is structure first, then asking early.",
    weak:
      "When I'm stuck I usually search online, for example on Stack Overflow, and try different things until something works. If I still can't figure it out I ask someone on my team. Sometimes taking a break also helps me see the problem differently.",
  },
  {
    questionId: "role-senior-01",
    strong:
      "I adapt it to the person, but a few things are constant. I do a lot of pairing early on, where they drive and I ask questions rather than giving answers. I use code review as teaching: I explain the why behind a comment and link to examples, and I mark which comments are blocking and which are just suggestions. Over time I move to delegating ownership of a whole feature, with me as a safety net rather than the decision maker. None of this works without psychological safety, so I talk openly about my own mistakes. I also agree growth goals with each person and check in on them every month. For example, at my current company I mentored a junior developer who was nervous about touching the backend. After three months of pairing and then owning a small service, she led the design of our notification system, and she's now mentoring someone herself.",
    weak:
      "I like mentoring people. I try to be available to answer questions and I give feedback in code reviews. I think it's important to be patient with junior engineers and let them learn at their own pace. Pairing is also a good way to share knowledge.",
  },
  {
    questionId: "role-fullstack-04",
    strong:
      "First, everything goes over HTTPS, including internal calls, so tokens can't be sniffed. For the session itself I prefer an HttpOnly, Secure, SameSite cookie over keeping tokens in localStorage, because JavaScript can't read an HttpOnly cookie, so an XSS bug can't steal it. Token storage in localStorage is the most common mistake I see. Cookies do bring CSRF risk, so I use SameSite=Lax or Strict and add a CSRF token for state-changing requests. Then session expiry: short-lived access sessions, for example fifteen minutes, with a refresh flow, and a way to revoke sessions on the server when someone logs out or changes their password. On my last project we moved from JWTs in localStorage to HttpOnly cookies after a penetration test flagged it, and it also removed about 200 lines of token-handling code from the frontend. So my rule of thumb is to keep secrets out of JavaScript's reach.",
    weak:
      "You should use HTTPS and store tokens securely. I usually use JWT tokens and send them in the header with each request. The backend checks the token and rejects the request if it is not valid. Passwords should be hashed in the database too.",
  },
  {
    questionId: "role-frontend-02",
    strong:
      "I start with semantic HTML, because a real button or link gives you keyboard support and screen reader roles for free, while a clickable div gives you nothing. Then keyboard navigation: I check that every control can be reached with Tab in a sensible order and that there is a visible focus style. Focus management matters for dynamic UI, for example moving focus into a modal when it opens, trapping it there, and returning it to the trigger when it closes. I only add ARIA where HTML has no native element, like aria-expanded on a disclosure or a live region for toast messages, because wrong ARIA is worse than none. Finally, I do testing with a screen reader, usually VoiceOver and NVDA, plus axe in our CI pipeline. On my last project that combination found 37 issues in our checkout flow, and after fixing them we passed an external accessibility audit for the first time.",
    weak:
      "I try to make sure the site is accessible. That means adding alt text to images and making sure things can be used with a keyboard. I also use ARIA attributes where it makes sense. There are tools that can check accessibility automatically which help a lot.",
  },
  {
    questionId: "role-backend-03",
    strong:
      "I assume every dependency will fail at some point and design for it. First, every network call gets a timeout, because a hung call is worse than a failed one: it ties up threads and the failure spreads. Then retries, but only for idempotent operations, with exponential backoff and jitter so we don't hammer a struggling service. For a dependency that keeps failing I use a circuit breaker, which stops calling it for a while and fails fast instead. Where possible I plan graceful degradation, for example serving cached product data or hiding recommendations rather than failing the whole page. And health checks let the load balancer take unhealthy instances out of rotation. At my last company the recommendations service went down during a big sale, and because of the circuit breaker the shop stayed up; we lost recommendations for twenty minutes but no orders. So the goal is that one failure stays small.",
    weak:
      "When the database fails the service should handle the error and return a proper message instead of crashing. You can also retry the request a few times. Monitoring is important so you know when something is down and can fix it quickly.",
  },
  {
    questionId: "role-techlead-02",
    strong:
      "I start with the outcome and work backwards into milestones that each deliver something usable, so we can show progress and change course. Then I break each milestone into tasks with the team, because the people doing the work estimate much better than I do, and we estimate in rough sizes rather than hours. I tackle risks first: anything we've never done before, like a new third-party integration, gets a spike in the first sprint. I map dependencies on other teams early and agree dates with them, since those are what usually slip. And I plan for incremental delivery behind feature flags, so we ship to production every week instead of one big bang at the end. On our last billing rewrite this meant we found in week two that the tax provider's API couldn't do what we needed, rather than in month three, and we still launched within a week of the original date.",
    weak:
      "I would split the project into smaller tasks and put them in the backlog. Then the team can pick them up in each sprint. It's good to have regular meetings to check progress and see if anything is blocking people. We can adjust the plan if needed.",
  },
];
