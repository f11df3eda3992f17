// Types of generateBkendCodes.mjs, for the unit test that keeps its rule equal to the library's.
/** bkend's name rule for the HTTP status of a code, as the generator applies it. */
export function statusFromCodeName(code: string): number
