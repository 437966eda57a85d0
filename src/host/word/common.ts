/** What the Word host's parts share. */

/** The reader is needed once a view reads the document, not to insert the skeleton: it loads then, not with the pane. */
export const reader = () => import(/* webpackChunkName: "reader" */ "../../core/ooxml/read");

/** Whether Word has WordApi at `version` (1.1 is Word 2016). */
export const supports = (version: string) => Office.context.requirements.isSetSupported("WordApi", version);

/** An Office error's code ("ItemNotFound", "GeneralException"…), if it has one. */
export function codeOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : undefined;
}
