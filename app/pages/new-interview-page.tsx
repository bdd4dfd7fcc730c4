// Set up an interview: the role (suggested or typed), skills (suggested or typed), how many questions.
import { useRef, useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { DEFAULT_QUESTION_COUNT, ROLE_SUGGESTIONS, SKILL_SUGGESTIONS } from "../../worker/protocol/catalog";
import { fieldErrorsOf } from "../../worker/protocol/field-errors";
import { QUESTION_COUNT_MAX, QUESTION_COUNT_MIN, SKILL_MAX, createInterviewSchema } from "../../worker/protocol/rest";
import { ApiRequestError } from "../api/http";
import { PageHeading } from "../components/page";
import { TextField } from "../components/text-field";
import { Button, ErrorNotice, buttonStyles } from "../components/ui";
import { revalidateShown, type FieldErrors } from "../lib/field-errors";
import { useAppStore } from "../store";

/** What the form holds, in the shape createInterviewSchema checks; skills are kept in state, not in the form. */
function inputOf(formElement: HTMLFormElement, skills: string[]) {
  const form = new FormData(formElement);
  const count = String(form.get("questionCount") ?? "");
  return {
    title: String(form.get("title") ?? ""),
    skills,
    questionCount: count === "" ? Number.NaN : Number(count),
  };
}

export function NewInterviewPage() {
  const createInterview = useAppStore((s) => s.createInterview);
  const navigate = useNavigate();
  const [skills, setSkills] = useState<string[]>([]);
  const [customSkill, setCustomSkill] = useState("");
  const [fields, setFields] = useState<FieldErrors>({});
  /** A problem that is not about one field (the server could not be reached, say). */
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const customSkills = skills.filter((s) => !(SKILL_SUGGESTIONS as readonly string[]).includes(s));

  /** On every edit: errors under fields that are now right go, the others say what is wrong now. */
  function recheck(nextSkills = skills) {
    if (!form.current || Object.keys(fields).length === 0) return;
    const parsed = createInterviewSchema.safeParse(inputOf(form.current, nextSkills));
    setFields((shown) => revalidateShown(shown, parsed.success ? {} : fieldErrorsOf(parsed.error)));
  }

  function changeSkills(next: string[]) {
    setSkills(next);
    recheck(next);
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
    const parsed = createInterviewSchema.safeParse(inputOf(event.currentTarget, skills));
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
        // Skills are checked as they change (changeSkills); this catches the named fields.
        onChange={(event) => event.target instanceof HTMLInputElement && event.target.name && recheck()}
        className="flex flex-col gap-6 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
      >
        <TextField
          label="Role"
          name="title"
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
            {[...SKILL_SUGGESTIONS, ...customSkills].map((skill) => (
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
