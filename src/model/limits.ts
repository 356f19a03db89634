// Bounds on what one field may hold, so a pasted novel or a hostile peer cannot bloat a workspace.
export const MAX_NAME_LENGTH = 500;
export const MAX_SHORT_TEXT_LENGTH = 2_000;
export const MAX_NOTES_LENGTH = 100_000;
export const MAX_SOURCE_TEXT_LENGTH = 2_000_000;
export const MAX_LIST_ITEMS = 200;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
export const MAX_ITEMS = 10_000;
