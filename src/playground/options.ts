/** What the playground's query string switches: the pane, Word 2016's API, English, a theme. */
export interface PlaygroundOptions {
  /** "lite": the light pane Word 2013–2019 show in Internet Explorer 11 (lite.js); null, the main pane. */
  pane: "lite" | null;
  /** "1.1" simulates Word 2016 (WordApi 1.1 only); "none", Word 2013 (no Word API); null, today's Word (1.9). */
  api: "1.1" | "none" | null;
  lang: "en" | null;
  theme: "dark" | "hc" | null;
}

export function readOptions(search: string): PlaygroundOptions {
  const params = new URLSearchParams(search);
  const theme = params.get("theme");
  return {
    pane: params.get("pane") === "lite" ? "lite" : null,
    api: params.get("api") === "1.1" ? "1.1" : params.get("api") === "none" ? "none" : null,
    lang: params.get("lang") === "en" ? "en" : null,
    theme: theme === "dark" || theme === "hc" ? theme : null,
  };
}

export function withOption(options: PlaygroundOptions): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options)) if (value) params.set(key, value);
  return params.toString();
}
