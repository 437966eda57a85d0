/** What the playground's query string switches: Word 2016's API, English, a theme. */
export interface PlaygroundOptions {
  /** "1.1" simulates Word 2016 (WordApi 1.1 only); null, today's Word (1.9). */
  api: "1.1" | null;
  lang: "en" | null;
  theme: "dark" | "hc" | null;
}

export function readOptions(search: string): PlaygroundOptions {
  const params = new URLSearchParams(search);
  const theme = params.get("theme");
  return {
    api: params.get("api") === "1.1" ? "1.1" : null,
    lang: params.get("lang") === "en" ? "en" : null,
    theme: theme === "dark" || theme === "hc" ? theme : null,
  };
}

export function withOption(options: PlaygroundOptions): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options)) if (value) params.set(key, value);
  return params.toString();
}
