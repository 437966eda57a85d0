import { createRoot } from "react-dom/client";
import { installSimulatedOffice } from "../host/sim";
import { createIndicatorHost } from "../host/word/indicators";
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
  // "none" is Word 2013: no WordApi at all (null removes the set).
  requirementSets: options.api === "none" ? { WordApi: null } : options.api ? { WordApi: options.api } : undefined,
  displayLanguage: options.lang === "en" ? "en-US" : "vi-VN",
  theme: options.theme === "dark" ? "dark" : options.theme === "hc" ? "highContrast" : "light",
});
exposeSimDocument(doc);
// Ctrl+S (⌘S on a Mac) saves, as in Word: a reload reopens the saved file, and settings reach it only then.
// Ctrl+Z, outside the page's own typing, undoes the last change the pane made (the skeleton's insertion), as Word
// undoes an add-in's batch.
window.addEventListener("keydown", (event) => {
  if (!(event.ctrlKey || event.metaKey)) return;
  const key = event.key.toLowerCase();
  if (key === "s") {
    event.preventDefault();
    doc.save();
  } else if (key === "z" && !event.shiftKey && !document.activeElement?.closest("[role=document]") && doc.undo()) {
    event.preventDefault();
  }
});

// The same start as the real pane: wait for Office, then take its language and theme.
void Office.onReady().then(() => {
  const root = document.getElementById("root");
  if (!root) return;
  const { lang, themeKind } = paneSettingsFromOffice();
  document.documentElement.lang = lang;
  createRoot(root).render(
    <Playground doc={doc} host={createWordHost()} indicators={createIndicatorHost()} lang={lang} themeKind={themeKind} options={options} />,
  );
});
