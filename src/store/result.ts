// What a command answers: its value, or the field errors that stopped it (nothing was written).
import type { Message } from '../i18n/message';

/**
 * Why a command refused, by field: Messages, shown in the reader's language with textOf(). A plain
 * sentence is still accepted from callers whose words are not in the catalogues yet.
 */
export type CommandErrors = Record<string, Message | string>;

export type CommandResult<T> = { ok: true; value: T } | { ok: false; errors: CommandErrors };

export const succeed = <T>(value: T): CommandResult<T> => ({ ok: true, value });
export const fail = <T = never>(errors: CommandErrors): CommandResult<T> => ({
  ok: false,
  errors,
});
