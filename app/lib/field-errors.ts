// Field errors that follow the user's edits: an error under a field goes (or changes) as soon as the
// field is edited, instead of staying until the next submit. Used by every form (sign-in, register,
// new interview).

/** One message per field name, as fieldErrorsOf (worker/protocol/field-errors.ts) gives them. */
export type FieldErrors = Record<string, string>;

/**
 * The errors to show after an edit. `shown`: the errors on screen; `now`: every error the form has
 * now. A field already showing an error shows its current one, or none once it is fixed; a field not
 * complained about yet stays quiet until the next submit. Returns `shown` itself when nothing changed.
 */
export function revalidateShown(shown: FieldErrors, now: FieldErrors): FieldErrors {
  const next: FieldErrors = {};
  for (const field of Object.keys(shown)) {
    const message = now[field];
    if (message) next[field] = message;
  }
  const same = Object.keys(next).length === Object.keys(shown).length && Object.keys(next).every((field) => next[field] === shown[field]);
  return same ? shown : next;
}
