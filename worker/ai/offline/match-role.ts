// Finds which role groups a free-text job title belongs to, e.g. "Senior Backend Engineer" → senior, backend.
import { ROLE_GROUPS, type RoleGroup } from "./question-bank";

/** Lower case, punctuation as spaces, padded so keywords can be matched as whole words. */
export function normalizeTitle(text: string): string {
  const words = text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return ` ${words} `;
}

/** Groups in bank order; a title may match several, or none. */
export function matchRoleGroups(title: string): RoleGroup[] {
  const normalized = normalizeTitle(title);
  return ROLE_GROUPS.filter((group) =>
    group.keywords.some((keyword) => normalized.includes(normalizeTitle(keyword))),
  );
}
