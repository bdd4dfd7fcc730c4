// Test fixtures: strong (full STAR story) and weak (general, no story) answers to behavioural questions.
import type { AnswerPair } from "./fixtures";

export const BEHAVIOURAL_PAIRS: AnswerPair[] = [
  {
    questionId: "beh-01",
    strong:
      "At my last company, the team decided to move our frontend state into a single global Redux store, and I disagreed because most of our state was server data that would just be duplicated. I didn't want to argue from opinion, so I built a small prototype of one page using React Query instead and measured it: it needed about 40 percent less code and had no cache bugs. I presented that at our architecture meeting, and I also listened to the people who wanted Redux; their real concern was debugging, which was fair. We agreed on a compromise: React Query for server data and a small store for the few pieces of global UI state. As a result, the migration took three weeks instead of the two months we had estimated, and the colleague who had proposed Redux and I ended up pairing on the devtools setup, so the working relationship actually got better.",
    weak:
      "I have disagreed with my team a few times about technical decisions. When that happens I try to explain my point of view and listen to the others. Usually we find some middle ground and move on. I think it's important not to take it personally and to stay respectful.",
  },
  {
    questionId: "beh-02",
    strong:
      "In my previous role we had a project to migrate our payments service to a new provider in six weeks. I was responsible for the integration and the cut-over plan. What went wrong was that we discovered late that the new provider handled refunds asynchronously, which broke our reconciliation, and we had to delay the launch by a month. My part in that was that I had only tested the happy path in the sandbox. Once we found it, I wrote a list of every payment flow, organised a day with finance to walk through them, and built a small queue to handle the refund webhooks. We eventually launched with no reconciliation errors in the first three months. The lesson I learned is to map every business flow, not just the API calls, before estimating an integration, and I now write that list in the first week of any project like this.",
    weak:
      "One project I worked on did not go to plan because it took much longer than we expected. There were a lot of problems we didn't see coming. In the end we finished it but late. I learned that it is important to plan better and communicate with the team.",
  },
  {
    questionId: "beh-03",
    strong:
      "Last year we had a customer demo booked for a Friday, and on Monday we found out the reporting feature it depended on was only half built. My task was to get something demoable without cutting corners on the data. I sat down with the product manager and we prioritised scope: we kept the two reports the customer cared about and dropped export and custom filters. I communicated the trade-offs in writing to sales, so nobody promised features we didn't have. Then I paired with a colleague on the backend queries while I built the UI, and we had daily fifteen-minute check-ins. We delivered on Thursday evening, the demo went well, and the customer signed a contract worth about 50,000 a year. We shipped the dropped features two weeks later.",
    weak:
      "I've had tight deadlines quite a few times. Usually I just focus and work longer hours to get things done. Sometimes you have to cut some features to make it in time. I'm good at working under pressure and I stay calm when things are stressful.",
  },
  {
    questionId: "beh-07",
    strong:
      "At my last job we had an incident where checkout started failing for about 15 percent of users right after a release. I was on call, so I needed to find out what was happening quickly. I looked at the error dashboards and saw that all the failures came from one region, and the logs showed timeouts when calling our tax service. The root cause was a new config value that set the timeout to 100 milliseconds instead of 1,000, and that region had slower network latency. I rolled back the config first, which fixed the impact within ten minutes, and then wrote the proper fix. Afterwards I led the postmortem, and to prevent it happening again we added validation for config values and a canary stage in that region. We haven't had a config-related outage since then.",
    weak:
      "I was involved in fixing a bug in production once. Some users couldn't log in. We looked at the logs and found the problem and fixed it. It took a few hours. It was stressful but we managed it as a team and the users were happy again.",
  },
  {
    questionId: "beh-10",
    strong:
      "In my previous team, code reviews were taking on average three days, and I noticed pull requests were piling up at the end of every sprint. Nobody owned the problem, so I took the initiative to look at the data from GitHub and found that most of the delay was the wait before the first review. I proposed two changes in our retro: a daily review slot after stand-up, and a rule that pull requests stay under about 400 lines. I got buy-in by running it as a two-week experiment rather than a permanent rule. I also set up a Slack reminder for reviews waiting more than a day. As a result, the average time to first review dropped from two days to about four hours, and the team voted to keep it. We still use the same process a year later.",
    weak:
      "I like to improve processes when I see something that isn't working well. For example I suggested we use a better tool for our tickets. The team liked it and it made things a bit easier. I think it is good to always look for ways to improve how we work.",
  },
  {
    questionId: "beh-11",
    strong:
      "At my last job I ran a database migration on a Friday afternoon that dropped a column I thought was unused, and it turned out a nightly billing job still read it. The job failed, so about 2,000 invoices didn't go out. I owned the mistake as soon as I saw the alert: I told my manager and the billing team straight away, rather than trying to quietly fix it. I restored the column from the backup, re-ran the job, and the invoices went out the next morning, about twelve hours late. Then, to prevent it happening again, I added a check to our migration tool that searches the codebase and job definitions for references before a column can be dropped. I learned to treat drops as a two-step change, deprecate first and remove later, and the team adopted that as the standard.",
    weak:
      "I once made a mistake where I pushed some code that broke something. I told my team about it and we fixed it quickly. Everyone makes mistakes and the important thing is to own them and learn from them. Now I try to be more careful and test my code before I push.",
  },
  {
    questionId: "beh-15",
    strong:
      "When I was working on a data platform, I had to explain to our sales and marketing leads why a report they wanted in real time would take months. The audience had no technical background, so I simplified it to the essentials and avoided words like pipeline or batch jobs. I used an analogy: our data arrives like post, sorted once a night, and real-time would mean hiring a courier for every letter. Then I checked understanding by asking them to explain back what they would get and when. That helped, because they realised what they really needed was a report by 9 in the morning, not real time. As a result, we delivered a morning report in two weeks instead of a three-month project, and the sales director later asked me to do the same explanation for the wider team.",
    weak:
      "I often have to explain technical things to people who aren't technical. I try to avoid jargon and keep it simple. Using analogies helps a lot. I also make sure they understand before I move on. Most of the time it goes well and people appreciate it.",
  },
  {
    questionId: "beh-20",
    strong:
      "At my last company our product search API had a p95 latency of around 1.2 seconds, and customers were complaining. I was responsible for the search service, so my goal was to get it under 300 milliseconds. I started with a baseline measurement using our tracing, which showed that 70 percent of the time was spent in one SQL query that joined five tables. That was the bottleneck. I rewrote the query, added a composite index, and introduced a small Redis cache for the most popular searches. To verify it, I ran a load test against staging with real traffic patterns, and then rolled it out behind a feature flag to 10 percent of users. As a result, p95 dropped to 180 milliseconds and timeouts went from hundreds a day to almost none.",
    weak:
      "I improved the performance of an API at work that was slow. I found the slow part and made it faster by optimising the code and adding some caching. After that it was a lot quicker and people were happy. Performance is something I care about a lot.",
  },
];
