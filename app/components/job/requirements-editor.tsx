// The requirements kept from a job posting, editable before the interview starts: each one's kind and
// words, removed or added by hand. Shown by the new-interview form once a posting is pasted.
import { useRef } from "react";
import { REQUIREMENTS_MAX, REQUIREMENT_KINDS, REQUIREMENT_TEXT_MAX, type RequirementKind } from "../../../worker/protocol/job-posting";
import type { FieldErrors } from "../../lib/field-errors";
import type { DraftRequirement } from "../../lib/posting-suggestions";
import { Button } from "../ui";

const KIND_LABELS: Record<RequirementKind, string> = { responsibility: "Responsibility", qualification: "Qualification" };

interface RequirementsEditorProps {
  requirements: DraftRequirement[];
  /** Field errors of the whole form: "requirements" and "requirements.<n>.text" are read here. */
  errors: FieldErrors;
  onChange: (next: DraftRequirement[]) => void;
}

export function RequirementsEditor({ requirements, errors, onChange }: RequirementsEditorProps) {
  const list = useRef<HTMLOListElement>(null);
  const update = (index: number, change: Partial<DraftRequirement>) =>
    onChange(requirements.map((r, i) => (i === index ? { ...r, ...change } : r)));

  function add() {
    onChange([...requirements, { key: crypto.randomUUID(), text: "", kind: "qualification" }]);
    // The new row's field, once React has drawn it.
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>("li:last-child input")?.focus());
  }

  function remove(index: number) {
    onChange(requirements.filter((_, i) => i !== index));
    // Focus stays in the list: on the row that took this one's place, or the one before it.
    requestAnimationFrame(() => {
      const rows = list.current?.querySelectorAll<HTMLInputElement>("li input");
      const next = rows?.[Math.min(index, (rows?.length ?? 1) - 1)];
      if (next) next.focus();
    });
  }

  return (
    <fieldset className="flex flex-col gap-3" aria-describedby="requirements-hint">
      <legend className="text-sm font-medium text-slate-800">Requirements from the posting</legend>
      <p id="requirements-hint" className="text-sm text-slate-600">
        What the job asks for, as found in the posting. Correct them, remove any, or add your own ({requirements.length} of {REQUIREMENTS_MAX}).
      </p>
      {requirements.length > 0 && (
        <ol ref={list} className="flex flex-col gap-2">
          {requirements.map((requirement, index) => {
            const error = errors[`requirements.${index}.text`] ?? errors[`requirements.${index}.kind`];
            const errorId = `requirement-${requirement.key}-error`;
            return (
              <li key={requirement.key} className="flex flex-col gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  <select
                    aria-label={`Kind of requirement ${index + 1}`}
                    value={requirement.kind}
                    onChange={(e) => update(index, { kind: e.target.value as RequirementKind })}
                    className="rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm text-slate-900"
                  >
                    {REQUIREMENT_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {KIND_LABELS[kind]}
                      </option>
                    ))}
                  </select>
                  <input
                    aria-label={`Requirement ${index + 1}`}
                    value={requirement.text}
                    maxLength={REQUIREMENT_TEXT_MAX}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    onChange={(e) => update(index, { text: e.target.value })}
                    className={`min-w-48 flex-1 rounded-lg border bg-white px-3 py-2 text-base text-slate-900 ${error ? "border-red-600" : "border-slate-300"}`}
                  />
                  <Button variant="quiet" aria-label={`Remove requirement ${index + 1}`} onClick={() => remove(index)}>
                    Remove
                  </Button>
                </div>
                {error && (
                  <p id={errorId} className="text-sm text-red-800">
                    {error}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {errors.requirements && <p className="text-sm text-red-800">{errors.requirements}</p>}
      <div>
        <Button variant="secondary" onClick={add} disabled={requirements.length >= REQUIREMENTS_MAX}>
          Add a requirement
        </Button>
      </div>
    </fieldset>
  );
}
