// When to remind a user to back up: after a week of edits that no backup file holds. A backup is
// the workspace's lossless Concord JSON export; restoring it is importing it into a new workspace.
import type { WorkspaceEntry } from '../store';

export const BACKUP_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since the first edit no backup holds, when that is a week or more; else null. */
export function backupReminderDays(entry: WorkspaceEntry, now: number): number | null {
  if (entry.editedSince === null) return null;
  const days = Math.floor((now - entry.editedSince) / DAY_MS);
  return days >= BACKUP_REMINDER_DAYS ? days : null;
}
