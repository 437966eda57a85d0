import { createRoot } from "react-dom/client";
import { installSimulatedOffice } from "../host/sim";
import { createWordHost } from "../host/word/word-host";
import { paneSettingsFromOffice } from "../taskpane/office-context";
import { readOptions } from "./options";
import { Playground } from "./Playground";
import { sampleDocument } from "./sample";
import { keepDocument, savedDocument } from "./saved";
import { exposeSimDocument } from "./sim-window";

const options = readOptions(window.location.search);
const doc = savedDocument(window.sessionStorage) ?? sampleDocument();
keepDocument(doc, window.sessionStorage);
installSimulatedOffice(doc, {
  requirementSets: options.api ? { WordApi: options.api } : undefined,
  displayLanguage: options.lang === "en" ? "en-US" : "vi-VN",
  theme: options.theme === "dark" ? "dark" : options.theme === "hc" ? "highContrast" : "light",
});
exposeSimDocument(doc);
// Ctrl+S (⌘S on a Mac) saves, as in Word: a reload reopens the saved file, and settings reach it only then.
window.addEventListener("keydown", (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
    event.preventDefault();
    doc.save();
  }
});

// The same start as the real pane: wait for Office, then take its language and theme.
void Office.onReady().then(() => {
  const root = document.getElementById("root");
  if (!root) return;
  const { lang, themeKind } = paneSettingsFromOffice();
  document.documentElement.lang = lang;
  createRoot(root).render(<Playground doc={doc} host={createWordHost()} lang={lang} themeKind={themeKind} options={options} />);
});
