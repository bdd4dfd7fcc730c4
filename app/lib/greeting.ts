// The dashboard's greeting: a first-time welcome for a new account, "Welcome back" for a returning user.

export interface GreetingInput {
  username: string;
  /** The account was created in this tab's session. */
  newAccount: boolean;
  /** Interviews in the history; null while it is still loading. */
  interviewCount: number | null;
}

/**
 * The greeting line, or null while it cannot be told yet (history still loading). An account is new
 * to the candidate until they have an interview: a returning user is one who has practised here before.
 */
export function greeting({ username, newAccount, interviewCount }: GreetingInput): string | null {
  if (newAccount || interviewCount === 0) return `Welcome, ${username}. Practise at your own pace: nothing here is a real interview, and you can try any question again.`;
  if (interviewCount === null) return null;
  return `Welcome back, ${username}.`;
}
