// Sign in or create an account with a username and password.
import { useState, type FormEvent } from "react";
import { Link, Navigate, useNavigate, useSearchParams } from "react-router";
import { loginSchema, registerSchema } from "../../worker/protocol/rest";
import { fieldErrorsOf } from "../../worker/protocol/field-errors";
import { ApiRequestError } from "../api/http";
import { revalidateShown, type FieldErrors } from "../lib/field-errors";
import { safeNext } from "../lib/safe-next";
import { PageHeading } from "../components/page";
import { TextField } from "../components/text-field";
import { Button, ErrorNotice } from "../components/ui";
import { useAppStore } from "../store";

export function SignInPage({ mode }: { mode: "login" | "register" }) {
  const signIn = useAppStore((s) => s.signIn);
  const status = useAppStore((s) => s.sessionStatus);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const [fields, setFields] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isRegister = mode === "register";
  const title = isRegister ? "Create your account" : "Sign in";

  if (status === "signed-in") return <Navigate to={next} replace />;

  const schema = isRegister ? registerSchema : loginSchema;
  const credentialsIn = (formElement: HTMLFormElement) => {
    const form = new FormData(formElement);
    return { username: String(form.get("username") ?? ""), password: String(form.get("password") ?? "") };
  };

  /** On every edit: errors under fields that are now right go, the others say what is wrong now. */
  function recheck(formElement: HTMLFormElement) {
    if (Object.keys(fields).length === 0) return;
    const parsed = schema.safeParse(credentialsIn(formElement));
    setFields((shown) => revalidateShown(shown, parsed.success ? {} : fieldErrorsOf(parsed.error)));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = schema.safeParse(credentialsIn(event.currentTarget));
    setError(null);
    if (!parsed.success) {
      setFields(fieldErrorsOf(parsed.error));
      return;
    }
    setFields({});
    setBusy(true);
    try {
      await signIn(mode, parsed.data);
      navigate(next, { replace: true });
    } catch (e) {
      if (e instanceof ApiRequestError) {
        setFields(e.fields);
        setError(e.message);
      } else setError("Something went wrong. Please try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-6 px-4 py-10">
      <p className="text-lg font-semibold text-indigo-800">Interview Practice</p>
      <PageHeading title={title} />
      <p className="text-slate-700">
        {isRegister
          ? "Practise interviews out loud and keep a history of how you did."
          : "Sign in to practise interviews out loud and see how you are doing."}
      </p>
      {error && <ErrorNotice>{error}</ErrorNotice>}
      <form
        noValidate
        onSubmit={handleSubmit}
        onChange={(event) => recheck(event.currentTarget)}
        className="flex flex-col gap-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200"
      >
        <TextField
          label="Username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          hint={isRegister ? "3–32 letters, digits, '-' or '_'." : undefined}
          error={fields.username}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete={isRegister ? "new-password" : "current-password"}
          required
          hint={isRegister ? "At least 8 characters." : undefined}
          error={fields.password}
        />
        <Button type="submit" disabled={busy}>
          {busy ? "Please wait…" : isRegister ? "Create account" : "Sign in"}
        </Button>
      </form>
      <p className="text-sm text-slate-700">
        {isRegister ? "Already have an account? " : "New here? "}
        <Link
          to={`${isRegister ? "/signin" : "/register"}${params.get("next") ? `?next=${encodeURIComponent(next)}` : ""}`}
          className="font-medium text-indigo-800 underline"
        >
          {isRegister ? "Sign in" : "Create an account"}
        </Link>
      </p>
    </main>
  );
}
