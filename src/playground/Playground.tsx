import { useEffect } from "react";
import { Button, FluentProvider, makeStyles, Text, ToggleButton, tokens, Toolbar, webLightTheme } from "@fluentui/react-components";
import { ArrowDownloadRegular, SaveRegular, ArrowResetRegular } from "@fluentui/react-icons";
import { ReportHost } from "../host/types";
import { IndicatorHost } from "../host/word/indicators";
import { SimDocument } from "../host/sim";
import { defaultProfile } from "../profiles";
import { Lang } from "../taskpane/i18n";
import { ThemeKind } from "../taskpane/office-theme";
import { Pane } from "../taskpane/Pane";
import { DocumentView } from "./DocumentView";
import { downloadDocx, simulatedDocx } from "./download";
import { forgetDocument } from "./saved";
import { PlaygroundOptions, withOption } from "./options";

const labels: Record<
  Lang,
  {
    title: string;
    toolbar: string;
    save: string;
    download: string;
    restart: string;
    lite: string;
    english: string;
    dark: string;
    document: string;
  }
> = {
  vi: {
    title: "Soạn báo cáo: thử trong trình duyệt",
    toolbar: "Công cụ thử",
    save: "Lưu (Ctrl+S)",
    download: "Tải về .docx",
    restart: "Làm lại từ đầu",
    lite: "Ô nhẹ (IE11)",
    english: "English",
    dark: "Giao diện tối",
    document: "Tài liệu Word mô phỏng",
  },
  en: {
    title: "Report drafter: browser playground",
    toolbar: "Playground tools",
    save: "Save (Ctrl+S)",
    download: "Download .docx",
    restart: "Start over",
    lite: "Light pane (IE11)",
    english: "English",
    dark: "Dark theme",
    document: "Simulated Word document",
  },
};

const useStyles = makeStyles({
  root: { display: "grid", gridTemplateRows: "auto 1fr", height: "100vh" },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  main: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 340px", minHeight: 0 },
  document: { minHeight: 0, minWidth: 0 },
  pane: { overflowY: "auto", borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export interface PlaygroundProps {
  doc: SimDocument;
  host: ReportHost;
  indicators: IndicatorHost;
  lang: Lang;
  themeKind: ThemeKind;
  options: PlaygroundOptions;
}

/** The simulated document on the left, the real task pane on the right, as Word lays them out. */
export function Playground({ doc, host, indicators, lang, themeKind, options }: PlaygroundProps) {
  const styles = useStyles();
  const t = labels[lang];
  // Each switch reloads the page: the simulated Office is installed once, before the pane starts, as in Word.
  const go = (next: PlaygroundOptions) => window.location.assign(`?${withOption(next)}`);
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <header className={styles.bar}>
        <Text as="h1" weight="semibold" size={400} className={styles.title}>
          {t.title}
        </Text>
        <Toolbar aria-label={t.toolbar}>
          <Button appearance="subtle" icon={<SaveRegular />} onClick={() => doc.save()}>
            {t.save}
          </Button>
          <Button
            appearance="subtle"
            icon={<ArrowDownloadRegular />}
            onClick={() => {
              // A file holds only what was saved (SimDocument.save), so the download saves first.
              doc.save();
              downloadDocx(simulatedDocx(doc, defaultProfile), "bao-cao-thu.docx");
            }}
          >
            {t.download}
          </Button>
          <Button
            appearance="subtle"
            icon={<ArrowResetRegular />}
            onClick={() => {
              forgetDocument(window.sessionStorage);
              window.location.reload();
            }}
          >
            {t.restart}
          </Button>
          <ToggleButton
            appearance="subtle"
            checked={options.pane === "lite"}
            // The light pane is what Word 2016 shows: with it comes Word 2016's API.
            onClick={() => go(options.pane === "lite" ? { ...options, pane: null } : { ...options, pane: "lite", api: "1.1" })}
          >
            {t.lite}
          </ToggleButton>
          <ToggleButton
            appearance="subtle"
            checked={options.api === "1.1"}
            onClick={() => go({ ...options, api: options.api === "1.1" ? null : "1.1" })}
          >
            Word 2016 (API 1.1)
          </ToggleButton>
          <ToggleButton
            appearance="subtle"
            checked={options.lang === "en"}
            onClick={() => go({ ...options, lang: options.lang === "en" ? null : "en" })}
          >
            {t.english}
          </ToggleButton>
          <ToggleButton
            appearance="subtle"
            checked={options.theme === "dark"}
            onClick={() => go({ ...options, theme: options.theme === "dark" ? null : "dark" })}
          >
            {t.dark}
          </ToggleButton>
        </Toolbar>
      </header>
      <div className={styles.main}>
        <section className={styles.document} aria-label={t.document}>
          <DocumentView doc={doc} defaultSizePt={defaultProfile.layout.sizes.body} label={t.document} />
        </section>
        {/* Not a landmark: the pane's own <main> must stay top-level, as it is in Word. */}
        <div className={styles.pane} data-testid="pane">
          {options.pane === "lite" ? <LitePane /> : <Pane host={host} indicators={indicators} lang={lang} themeKind={themeKind} />}
        </div>
      </div>
    </FluentProvider>
  );
}

/**
 * The light pane as Word 2016 runs it: its own ES5 files, loaded in order after the simulated Office is installed,
 * drawing into #lite-root. Nothing of the React pane is shared with it but the page.
 */
function LitePane() {
  useEffect(() => {
    for (const file of ["lite-polyfills.js", "lite.js"]) {
      const script = document.createElement("script");
      script.src = file;
      script.async = false;
      document.body.appendChild(script);
    }
  }, []);
  return <div id="lite-root" />;
}
