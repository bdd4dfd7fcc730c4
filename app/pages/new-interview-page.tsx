// Set up an interview: optionally a job posting (which suggests the role, skills and requirements) and
// a CV, then the role (suggested or typed), skills (suggested or typed), how many questions.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { readPosting } from "../../worker/jobs/read-posting";
import { DEFAULT_QUESTION_COUNT, ROLE_SUGGESTIONS, SKILL_SUGGESTIONS } from "../../worker/protocol/catalog";
import { fieldErrorsOf } from "../../worker/protocol/field-errors";
import { JOB_DESCRIPTION_MAX, RESUME_MAX, jobDescriptionSchema, newInterviewSchema, resumeSchema } from "../../worker/protocol/job-posting";
import { QUESTION_COUNT_MAX, QUESTION_COUNT_MIN, SKILL_MAX } from "../../worker/protocol/rest";
import { ApiRequestError } from "../api/http";
import { CvFileInput } from "../components/job/cv-file-input";
import { RequirementsEditor } from "../components/job/requirements-editor";
import { PageHeading } from "../components/page";
import { TextArea } from "../components/text-area";
import { TextField } from "../components/text-field";
import { Button, ErrorNotice, buttonStyles } from "../components/ui";
import { revalidateShown, type FieldErrors } from "../lib/field-errors";
import { applyReading, type PostingChoices } from "../lib/posting-suggestions";
import { useAppStore } from "../store";

/** Long enough that a paste is read once, short enough that suggestions follow typing. */
const READ_DELAY_MS = 300;

interface FormState extends PostingChoices {
  jobDescription: string;
  resume: string;
}

/** What the form holds, in the shape newInterviewSchema checks; all but the question count is kept in state. */
function inputOf(formElement: HTMLFormElement, state: FormState) {
  const form = new FormData(formElement);
  const count = String(form.get("questionCount") ?? "");
  return {
    title: state.title,
    skills: state.skills,
    questionCount: count === "" ? Number.NaN : Number(count),
    jobDescription: state.jobDescription,
    resume: state.resume,
    requirements: state.requirements.map(({ text, kind }) => ({ text, kind })),
  };
}

/** The message for a pasted text over its limit, shown as soon as it is pasted rather than on submit. */
function tooLong(schema: typeof jobDescriptionSchema, text: string): string | undefined {
  const parsed = schema.safeParse(text);
  return parsed.success ? undefined : fieldErrorsOf(parsed.error)._;
}

export function NewInterviewPage() {
  const createInterview = useAppStore((s) => s.createInterview);
  const navigate = useNavigate();
  const [state, setState] = useState<FormState>({
    jobDescription: "",
    resume: "",
    title: "",
    suggestedTitle: null,
    skills: [],
    offered: [],
    requirements: [],
    requirementsEdited: false,
  });
  const { skills } = state;
  /** Whether the last reading of a non-blank posting found nothing to suggest. */
  const [foundNothing, setFoundNothing] = useState(false);
  const readTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const readings = useRef(0);
  /** A posting changed but not read yet: a submit reads it first, so what was pasted is what is sent. */
  const pendingRead = useRef<string | null>(null);
  const [customSkill, setCustomSkill] = useState("");
  const [fields, setFields] = useState<FieldErrors>({});
  /** A problem that is not about one field (the server could not be reached, say). */
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => () => clearTimeout(readTimer.current), []);

  const offeredSkills = [...SKILL_SUGGESTIONS, ...state.offered.filter((s) => !(SKILL_SUGGESTIONS as readonly string[]).includes(s))];
  const customSkills = skills.filter((s) => !offeredSkills.includes(s));

  /** On every edit: errors under fields that are now right go, the others say what is wrong now. */
  function recheck(next = state) {
    if (!form.current || Object.keys(fields).length === 0) return;
    const parsed = newInterviewSchema.safeParse(inputOf(form.current, next));
    setFields((shown) => revalidateShown(shown, parsed.success ? {} : fieldErrorsOf(parsed.error)));
  }

  function change(update: Partial<FormState>) {
    const next = { ...state, ...update };
    setState(next);
    recheck(next);
  }

  function changeSkills(next: string[]) {
    change({ skills: next });
  }

  /** Reads `jobDescription` (saying when a non-blank one gave nothing to suggest) into an update of the choices. */
  function read(jobDescription: string): (current: FormState) => FormState {
    const reading = readPosting(jobDescription.slice(0, JOB_DESCRIPTION_MAX));
    const found = reading.title !== null || reading.knownSkills.length + reading.freeSkills.length + reading.requirements.length > 0;
    setFoundNothing(jobDescription.trim() !== "" && !found);
    const version = ++readings.current;
    return (current) => ({ ...current, ...applyReading(current, reading, version) });
  }

  /** A new posting: read again once the candidate has stopped typing (a paste is one change). */
  function changePosting(jobDescription: string) {
    change({ jobDescription });
    clearTimeout(readTimer.current);
    pendingRead.current = jobDescription;
    readTimer.current = setTimeout(() => {
      pendingRead.current = null;
      setState(read(jobDescription));
    }, READ_DELAY_MS);
  }

  function addCustomSkill() {
    const skill = customSkill.trim();
    if (!skill) return;
    if (!skills.some((s) => s.toLowerCase() === skill.toLowerCase())) changeSkills([...skills, skill]);
    setCustomSkill("");
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    let current = state;
    if (pendingRead.current !== null) {
      clearTimeout(readTimer.current);
      current = read(pendingRead.current)(state);
      pendingRead.current = null;
      setState(current);
    }
    const parsed = newInterviewSchema.safeParse(inputOf(event.currentTarget, current));
    setError(null);
    if (!parsed.success) {
      setFields(fieldErrorsOf(parsed.error));
      return;
    }
    setFields({});
    setBusy(true);
    try {
      const interview = await createInterview(parsed.data);
      navigate(`/interviews/${interview.interviewId}`);
    } catch (e) {
      if (e instanceof ApiRequestError) {
        setFields(e.fields);
        if (Object.keys(e.fields).length === 0) setError(e.message);
      } else setError("Something went wrong. Please try again.");
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading title="New interview" />
      {error && <ErrorNotice>{error}</ErrorNotice>}
      {Object.keys(fields).length > 0 && <ErrorNotice>Some fields need attention.</ErrorNotice>}
      <form
        ref={form}
        noValidate
        onSubmit={handleSubmit}
        // Every other field is checked as it changes (change); the question count is read from the form.
        onChange={(event) => event.target instanceof HTMLInputElement && event.target.name === "questionCount" && recheck()}
        className="flex flex-col gap-6 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
      >
        <TextArea
          label="Job description (optional)"
          hint="Paste the job posting: the role, skills and requirements below are suggested from it. It is kept with the interview."
          value={state.jobDescription}
          limit={JOB_DESCRIPTION_MAX}
          error={tooLong(jobDescriptionSchema, state.jobDescription) ?? fields.jobDescription}
          onChange={(e) => changePosting(e.target.value)}
          rows={8}
        />
        {foundNothing && (
          <p role="status" className="text-sm text-amber-900">
            No role, skills or requirements found in this text. Check it is the job posting, or fill in the fields below yourself.
          </p>
        )}
        {(state.jobDescription.trim() !== "" || state.requirements.length > 0) && (
          <RequirementsEditor
            requirements={state.requirements}
            errors={fields}
            onChange={(requirements) => change({ requirements, requirementsEdited: true })}
          />
        )}

        <TextArea
          label="Your CV (optional)"
          hint="Paste your CV as text so the interview can ask about your own experience. Only the text is kept."
          value={state.resume}
          limit={RESUME_MAX}
          error={tooLong(resumeSchema, state.resume) ?? fields.resume}
          onChange={(e) => change({ resume: e.target.value })}
          rows={5}
        />
        <CvFileInput onText={(resume) => change({ resume })} />

        <TextField
          label="Role"
          name="title"
          value={state.title}
          onChange={(e) => change({ title: e.target.value })}
          list="role-suggestions"
          hint="Pick a suggestion or type the job title you are applying for."
          error={fields.title}
          required
          autoComplete="off"
        />
        <datalist id="role-suggestions">
          {ROLE_SUGGESTIONS.map((role) => (
            <option key={role} value={role} />
          ))}
        </datalist>

        <fieldset aria-describedby={fields.skills ? "skills-error" : undefined} className="flex flex-col gap-3">
          <legend className="text-sm font-medium text-slate-800">Skills to practise</legend>
          <div className="flex flex-wrap gap-2">
            {[...offeredSkills, ...customSkills].map((skill) => (
              <label key={skill} className="flex cursor-pointer items-center gap-2 rounded-full border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-indigo-700 has-[:checked]:bg-indigo-50">
                <input
                  type="checkbox"
                  checked={skills.includes(skill)}
                  onChange={(e) => changeSkills(e.target.checked ? [...skills, skill] : skills.filter((s) => s !== skill))}
                  className="size-4 accent-indigo-700"
                />
                {skill}
              </label>
            ))}
          </div>
          <div className="flex flex-wrap items-end gap-2">
            <TextField
              label="Another skill"
              value={customSkill}
              maxLength={SKILL_MAX}
              onChange={(e) => setCustomSkill(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  addCustomSkill();
                }
              }}
              className="min-w-48 flex-1"
            />
            <Button variant="secondary" onClick={addCustomSkill}>
              Add skill
            </Button>
          </div>
          {fields.skills && (
            <p id="skills-error" className="text-sm text-red-800">
              {fields.skills}
            </p>
          )}
        </fieldset>

        <TextField
          label="Number of questions"
          name="questionCount"
          type="number"
          inputMode="numeric"
          min={QUESTION_COUNT_MIN}
          max={QUESTION_COUNT_MAX}
          defaultValue={DEFAULT_QUESTION_COUNT}
          hint={`Between ${QUESTION_COUNT_MIN} and ${QUESTION_COUNT_MAX}. Five takes about 15 minutes.`}
          error={fields.questionCount}
          className="max-w-xs"
        />

        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={busy}>
            {busy ? "Creating…" : "Create interview"}
          </Button>
          <Link to="/" className={buttonStyles.secondary}>
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
