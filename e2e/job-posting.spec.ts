// An interview for one job: a pasted posting suggests the role, skills and requirements, the candidate
// corrects them, and what they kept is stored with the interview. Oversized and empty pastes say so.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { docxOf, pdfOf } from "./cv-fixtures";
import { expectNoSeriousA11yViolations, finishOneQuestion, registerThroughUi, transcript } from "./helpers";

const POSTING = `Senior Backend Engineer (Remote, EU)

Acme Pay moves money for 40,000 small businesses.

What you'll do
- Design, build and operate Go services that handle millions of payments a day
- Own the PostgreSQL schema of the ledger and its migrations
- Mentor two mid-level engineers through code review and pairing

What you'll bring
- 5+ years building backend systems in production
- Experience running services on Kubernetes
- Experience with Kafka or NATS

Benefits
- 30 days of holiday`;

test("a pasted posting suggests the role, skills and requirements; the ones kept are stored with the interview", async ({ page }) => {
  await registerThroughUi(page);
  await page.goto("/interviews/new");
  await page.getByLabel("Job description (optional)").fill(POSTING);

  await expect(page.getByLabel("Role")).toHaveValue("Senior Backend Engineer");
  for (const skill of ["Go", "SQL", "Kubernetes", "Kafka", "NATS"]) {
    await expect(page.getByRole("checkbox", { name: skill, exact: true })).toBeChecked();
  }
  const requirements = page.getByRole("group", { name: "Requirements from the posting" });
  await expect(requirements.getByRole("textbox")).toHaveCount(6);
  await expect(page.getByLabel("Requirement 1", { exact: true })).toHaveValue("Design, build and operate Go services that handle millions of payments a day");
  await expect(page.getByLabel("Kind of requirement 4")).toHaveValue("qualification");
  await expectNoSeriousA11yViolations(page);

  // The candidate's corrections: a skill dropped, a requirement removed, one reworded, one added.
  await page.getByRole("checkbox", { name: "NATS" }).uncheck();
  await page.getByRole("button", { name: "Remove requirement 3" }).click();
  await expect(requirements.getByRole("textbox")).toHaveCount(5);
  await page.getByLabel("Requirement 2", { exact: true }).fill("Own the ledger's PostgreSQL schema");
  await page.getByRole("button", { name: "Add a requirement" }).click();
  await expect(page.getByLabel("Requirement 6", { exact: true })).toBeFocused();
  await page.keyboard.type("Explain payment failures to support staff");
  await page.getByLabel("Kind of requirement 6").selectOption("responsibility");
  await page.getByLabel("Your CV (optional)").fill("Jo Bloggs. Backend engineer at Ledgerly, 2019 to now: Go, PostgreSQL.");

  const created = page.waitForResponse((r) => r.url().endsWith("/api/v1/interviews") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Create interview" }).click();
  const interviewId = ((await (await created).json()) as { interviewId: string }).interviewId;
  await expect(page.getByRole("heading", { name: "Senior Backend Engineer" })).toBeVisible();

  const stored = await (await page.request.get(`/api/v1/interviews/${interviewId}`)).json();
  expect(stored).toMatchObject({
    title: "Senior Backend Engineer",
    jobDescription: POSTING,
    resume: "Jo Bloggs. Backend engineer at Ledgerly, 2019 to now: Go, PostgreSQL.",
    requirements: [
      { id: "r1", kind: "responsibility", text: "Design, build and operate Go services that handle millions of payments a day" },
      { id: "r2", kind: "responsibility", text: "Own the ledger's PostgreSQL schema" },
      { id: "r3", kind: "qualification", text: "5+ years building backend systems in production" },
      { id: "r4", kind: "qualification", text: "Experience running services on Kubernetes" },
      { id: "r5", kind: "qualification", text: "Experience with Kafka or NATS" },
      { id: "r6", kind: "responsibility", text: "Explain payment failures to support staff" },
    ],
  });
  expect([...stored.skills].sort()).toEqual(["Go", "Kafka", "Kubernetes", "SQL"]);
});

test("a paste over the limit says so at once and is kept whole; text with no posting in it says nothing was found", async ({ page }) => {
  await registerThroughUi(page);
  await page.goto("/interviews/new");
  const posting = page.getByLabel("Job description (optional)");
  const tooLong = `${POSTING}\n${"More about us. ".repeat(1400)}`;
  await posting.fill(tooLong);
  const message = "The job description must be at most 20,000 characters. Paste the parts about the role and its requirements.";
  await expect(page.getByText(message)).toBeVisible();
  await expect(posting).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(`${tooLong.length.toLocaleString("en-GB")} of 20,000 characters`)).toBeVisible();
  // Suggestions still come from what is there.
  await expect(page.getByLabel("Role")).toHaveValue("Senior Backend Engineer");

  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByText("Some fields need attention.")).toBeVisible();
  await expect(page).toHaveURL(/\/interviews\/new$/);
  await expect(posting).toHaveValue(tooLong);

  await posting.fill(POSTING);
  await expect(page.getByText(message)).toBeHidden();
  await expect(posting).not.toHaveAttribute("aria-invalid");

  await posting.fill("Thanks for your time today, speak soon");
  await expect(page.getByRole("status").filter({ hasText: "No role, skills or requirements found in this text." })).toBeVisible();
  // The role suggested earlier stays: the candidate may have meant to keep it.
  await expect(page.getByLabel("Role")).toHaveValue("Senior Backend Engineer");
});

test("a CV chosen as a PDF, a Word document or a text file fills the CV box with its text; other files say why not", async ({ page }) => {
  await registerThroughUi(page);
  await page.goto("/interviews/new");
  const cv = page.getByLabel("Your CV (optional)");
  const file = page.getByLabel("Or read your CV from a file");
  const lines = ["Jo Bloggs", "Backend engineer at Ledgerly (2019 to now): Go, PostgreSQL, Kafka"];

  // A second choice made while the first is still being read (PDF.js is fetched on the first PDF) wins.
  await file.setInputFiles({ name: "old.pdf", mimeType: "application/pdf", buffer: pdfOf(["Old CV", "Intern at Acme"]) });
  await file.setInputFiles({ name: "new.txt", mimeType: "text/plain", buffer: Buffer.from("New CV\nStaff engineer at Ledgerly") });
  await expect(page.getByText("Read new.txt.")).toBeVisible();
  await page.waitForTimeout(2_000);
  await expect(cv).toHaveValue("New CV\nStaff engineer at Ledgerly");
  await expect(page.getByText("Read new.txt.")).toBeVisible();

  await file.setInputFiles({ name: "jo-bloggs.pdf", mimeType: "application/pdf", buffer: pdfOf(lines) });
  await expect(page.getByText("Read jo-bloggs.pdf.")).toBeVisible();
  await expect(cv).toHaveValue(lines.join("\n"));

  await file.setInputFiles({ name: "jo-bloggs.docx", mimeType: "", buffer: await docxOf([...lines, "Led the move to event sourcing"]) });
  await expect(page.getByText("Read jo-bloggs.docx.")).toBeVisible();
  // Word paragraphs stay apart by a blank line, as mammoth gives them.
  await expect(cv).toHaveValue([...lines, "Led the move to event sourcing"].join("\n\n"));

  await file.setInputFiles({ name: "cv.txt", mimeType: "text/plain", buffer: Buffer.from("  Jo Bloggs\r\n\r\n\r\n\r\nGo developer  ") });
  await expect(cv).toHaveValue("Jo Bloggs\n\nGo developer");

  // Refused files leave the CV box as it was.
  await file.setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await expect(page.getByRole("alert").filter({ hasText: "Choose a PDF, a Word document (.docx) or a text file." })).toBeVisible();
  await file.setInputFiles({ name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(5 * 1024 * 1024 + 1) });
  await expect(page.getByRole("alert").filter({ hasText: "This file is 5.0 MB; a CV file must be at most 5 MB." })).toBeVisible();
  await file.setInputFiles({ name: "broken.pdf", mimeType: "application/pdf", buffer: Buffer.from("not a pdf at all") });
  await expect(page.getByRole("alert").filter({ hasText: "This file could not be read as a PDF. Try another copy, or paste your CV." })).toBeVisible();
  await file.setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: pdfOf([]) });
  await expect(page.getByRole("alert").filter({ hasText: "No text found in this file" })).toBeVisible();
  await expect(cv).toHaveValue("Jo Bloggs\n\nGo developer");

  await expectNoSeriousA11yViolations(page);
});

test("creating the interview right after pasting sends what the posting suggests, read at once", async ({ page }) => {
  await registerThroughUi(page);
  // Timers stand still: the form's read after a pause in typing never comes, only the one on submit.
  await page.clock.install();
  await page.goto("/interviews/new");
  await expect(page.getByRole("heading", { name: "New interview" })).toBeVisible();
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByLabel("Job description (optional)").fill(POSTING);
  await expect(page.getByLabel("Role")).toHaveValue("");
  const created = page.waitForResponse((r) => r.url().endsWith("/api/v1/interviews") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Create interview" }).click();
  const sent = (await created).request().postDataJSON() as { title: string; skills: string[]; requirements: unknown[] };
  expect(sent.title).toBe("Senior Backend Engineer");
  expect(sent.skills).toEqual(expect.arrayContaining(["Go", "SQL", "Kubernetes", "Kafka", "NATS"]));
  expect(sent.requirements).toHaveLength(6);
});

test("questions name the requirement they probe, and the report shows each requirement with the words that showed it", async ({ page }) => {
  // Three interviews end to end: one of three questions, then two of one.
  test.setTimeout(180_000);
  const posting = `Platform Engineer

What you'll do
- Design and operate event-driven services on Kafka
- Mentor junior engineers through code review

What you'll bring
- Experience with Terraform`;
  const story =
    "At Ledgerly our billing events were lost whenever a consumer crashed, and I was asked to fix it before the audit. " +
    "I designed and operated event-driven services on Kafka with idempotent consumers and a dead-letter topic. " +
    "I also mentored two junior engineers through code review while we built it, pairing on every pull request. " +
    "As a result we lost no events in six months, the audit passed, and both engineers now review code on their own.";
  await registerThroughUi(page);
  await page.goto("/interviews/new");
  await page.getByLabel("Job description (optional)").fill(posting);
  await expect(page.getByRole("checkbox", { name: "Kafka", exact: true })).toBeChecked();
  // Technical questions on the posting's tools would be scored on their own points: practise stories here.
  await page.getByRole("checkbox", { name: "Kafka", exact: true }).uncheck();
  await page.getByRole("checkbox", { name: "Terraform", exact: true }).uncheck();
  await page.getByRole("checkbox", { name: "SQL", exact: true }).check();
  await page.getByLabel("Number of questions").fill("3");
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByRole("heading", { name: "Platform Engineer" })).toBeVisible();

  const feedback = page.getByRole("heading", { name: "Feedback" });
  const over = page.getByRole("status").filter({ hasText: "This interview is over." });
  // Three questions, and a follow-up wherever the interviewer asks one.
  for (let turn = 0; turn < 8; turn++) {
    await expect(page.getByRole("status").filter({ hasText: "Your turn" }).or(over)).toBeVisible({ timeout: 20_000 });
    if (await over.isVisible()) break;
    const before = await transcript(page).count();
    await page.getByLabel("Or type your answer").fill(story);
    await page.getByRole("button", { name: "Send typed answer" }).click();
    // The answer, then the interviewer's next line.
    await expect(transcript(page)).toHaveCount(before + 2, { timeout: 20_000 });
  }
  await expect(feedback).toBeVisible({ timeout: 20_000 });
  const probes = transcript(page).filter({ hasText: "Requirement it probes:" });
  await expect(probes.filter({ hasText: "Design and operate event-driven services on Kafka" })).toHaveCount(1);
  await expect(probes.filter({ hasText: "Mentor junior engineers through code review" })).toHaveCount(1);

  const section = page.getByRole("region", { name: "This job's requirements" });
  await expect(section.getByText("Your answers showed 2 of 3.")).toBeVisible();
  const items = section.getByRole("list", { name: "Requirements" }).getByRole("listitem");
  const kafka = items.filter({ hasText: "Design and operate event-driven services on Kafka" });
  await expect(kafka.getByText("Shown", { exact: true })).toBeVisible();
  const quote = (await kafka.locator("q").textContent()) ?? "";
  expect(quote.length).toBeGreaterThan(10);
  expect(story).toContain(quote);
  await expect(items.filter({ hasText: "Mentor junior engineers" }).getByText("Shown", { exact: true })).toBeVisible();
  const terraform = items.filter({ hasText: "Experience with Terraform" });
  await expect(terraform.getByText("Not asked", { exact: true })).toBeVisible();
  await expect(section.getByRole("listitem").filter({ hasText: /^Experience with Terraform$/ })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download Markdown" }).click();
  const markdown = await readFile((await (await download).path())!, "utf8");
  expect(markdown).toContain("## This job's requirements");
  expect(markdown).toContain("**Practise next**\n\n1. Experience with Terraform");
  expect(markdown).toContain("- **Not asked**: Experience with Terraform.");

  // Progress can be narrowed to this posting: one more interview for it, and one for no posting.
  await finishOneQuestion(page, story);
  await page.goto("/interviews/new");
  await page.getByLabel("Job description (optional)").fill(posting);
  await expect(page.getByRole("checkbox", { name: "Kafka", exact: true })).toBeChecked();
  await page.getByLabel("Number of questions").fill("1");
  await page.getByRole("button", { name: "Create interview" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your turn" })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel("Or type your answer").fill(story);
  await page.getByRole("button", { name: "Send typed answer" }).click();
  // The answer, then a follow-up or the close (which takes the answer box away).
  await expect(transcript(page)).toHaveCount(3, { timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "Your turn" }).or(over)).toBeVisible({ timeout: 20_000 });
  if (!(await over.isVisible())) {
    await page.getByRole("button", { name: "End interview" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "End interview" }).click();
  }
  await expect(feedback).toBeVisible({ timeout: 20_000 });
  await page.goto("/");
  const progress = page.getByRole("region", { name: "Your progress" });
  await progress.getByLabel("Job posting").selectOption({ label: "Platform Engineer" });
  await expect(progress.getByText("2 interviews for Platform Engineer.")).toBeVisible();
  await progress.getByText("The numbers as a table").click();
  await expect(progress.getByRole("table").getByRole("row")).toHaveCount(3);
  await progress.getByLabel("Show progress for").selectOption("SQL");
  await expect(progress.getByText("SQL came up in 0 of 2 interviews for Platform Engineer.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
