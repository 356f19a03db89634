import { describe, expect, it } from 'vitest';
import { backupReminderDays } from '../../../src/app/backups';
import type { WorkspaceEntry } from '../../../src/store';

const DAY = 24 * 60 * 60 * 1000;
const entry = (editedSince: number | null, lastBackupAt: number | null = null): WorkspaceEntry => ({
  id: 'ws:aaaaaaaa1111',
  name: 'W',
  createdAt: 0,
  lastBackupAt,
  editedSince,
});

describe('backupReminderDays', () => {
  const now = 100 * DAY;
  it('stays quiet without edits since the last backup, however old the backup', () => {
    expect(backupReminderDays(entry(null, 1), now)).toBeNull();
  });
  it('stays quiet for the first week of edits', () => {
    expect(backupReminderDays(entry(now - 6 * DAY - 1), now)).toBeNull();
  });
  it('reminds once a week of edits has no backup, with the number of days', () => {
    expect(backupReminderDays(entry(now - 7 * DAY), now)).toBe(7);
    expect(backupReminderDays(entry(now - 30 * DAY, now - 40 * DAY), now)).toBe(30);
  });
});
