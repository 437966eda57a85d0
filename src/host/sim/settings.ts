/**
 * Office.context.document.settings as office.js keeps them in the document: each value as its JSON text, a Date
 * written "Date(<milliseconds>)" and read back as a Date (OSF.OUtil.serializeSettings and deserializeSettings).
 */
const DATE_PREFIX = "Date(";
const DATE_SUFFIX = ")";

/** The JSON text Office stores for a setting; undefined for a value JSON cannot write (undefined, a function). */
export function serializeSetting(value: unknown): string | undefined {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, json: unknown) {
    // JSON.stringify has already turned a Date into its ISO text; the holder still has the Date.
    const original = this[key];
    return original instanceof Date ? `${DATE_PREFIX}${original.getTime()}${DATE_SUFFIX}` : json;
  });
}

/** A stored setting as the add-in reads it back; text that is not JSON is kept as it is. */
export function deserializeSetting(text: string): unknown {
  try {
    return JSON.parse(text, (_key, value: unknown) =>
      typeof value === "string" && value.length > 6 && value.startsWith(DATE_PREFIX) && value.endsWith(DATE_SUFFIX)
        ? new Date(parseInt(value.slice(DATE_PREFIX.length, -DATE_SUFFIX.length), 10))
        : value,
    );
  } catch {
    // Expected, not a failure: text that is not JSON is the setting's value as it is (documented above).
    return text;
  }
}

/** Stored settings (name → JSON text) as the add-in reads them; own properties only, so "__proto__" stays data. */
export function readSettings(stored: ReadonlyMap<string, string>): Record<string, unknown> {
  return Object.fromEntries([...stored].map(([name, text]) => [name, deserializeSetting(text)]));
}

/** What saveAsync stores for the add-in's values. */
export function storedSettings(values: Record<string, unknown>): Map<string, string> {
  const stored = new Map<string, string>();
  for (const [name, value] of Object.entries(values)) {
    const text = serializeSetting(value);
    if (text !== undefined) stored.set(name, text);
  }
  return stored;
}
