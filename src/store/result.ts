// What a command answers: its value, or the field errors that stopped it (nothing was written).
import type { FieldErrors } from '../model';

export type CommandResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const succeed = <T>(value: T): CommandResult<T> => ({ ok: true, value });
export const fail = <T = never>(errors: FieldErrors): CommandResult<T> => ({ ok: false, errors });
