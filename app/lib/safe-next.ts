// Where to go after signing in. Only same-site paths, so a crafted link cannot send the user elsewhere.
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
