// Lines the in-host suite sends through the browser console to the launcher, which prints only
// tagged lines (the workbench's own logs share that console).
export const TAG = '[persian-qa-e2e] ';
/** `SHOT name`: the launcher takes a screenshot, then writes `<E2E_ARTIFACTS>/name.done`. */
export const SHOT = 'SHOT ';
/** `RESULT {"passed":n,"failed":m}`: written to E2E_RESULT_FILE by the launcher. */
export const RESULT = 'RESULT ';
