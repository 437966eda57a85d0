import { createRoot } from "react-dom/client";
import { createIndicatorHost } from "../host/word/indicators";
import { createWordHost } from "../host/word/word-host";
import { paneSettingsFromOffice, viewFromSearch } from "./office-context";
import { Pane } from "./Pane";

/*
 * Office.js may be called only after onReady; the pane follows Office's display language and theme, and opens on
 * the view its URL names (the ribbon's "Kiểm tra báo cáo" opens taskpane.html?view=check).
 */
void Office.onReady().then(() => {
  const root = document.getElementById("root");
  if (!root) return;
  const { lang, themeKind } = paneSettingsFromOffice();
  document.documentElement.lang = lang;
  createRoot(root).render(
    <Pane
      host={createWordHost()}
      indicators={createIndicatorHost()}
      lang={lang}
      themeKind={themeKind}
      initialView={viewFromSearch(window.location.search)}
    />,
  );
});
