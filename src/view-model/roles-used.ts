// The roles a notice's items actually use, so a legend explains only what is on screen.
import type { Item, Role } from '../notice/model.ts';

export function rolesUsed(items: readonly Item[]): Set<Role> {
  const roles = new Set<Role>();
  for (const item of items) {
    if (item.leads.length > 0) roles.add('lead');
    if (item.cooperators.length > 0) roles.add('cooperate');
    if (item.responsible.length > 0) roles.add('responsible');
  }
  return roles;
}
