import { MessageBar, MessageBarBody, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { ComponentType, CSSProperties, lazy, ReactNode, Suspense, useMemo, useState } from "react";
import { ReportHost } from "../host/types";
import { IndicatorHost } from "../host/word/indicators";
import { ProfileEntry } from "../profiles/catalog";
import { ReportProfile } from "../profiles/schema";
import { ErrorDetails } from "./ErrorDetails";
import { ComposeView } from "./ComposeView";
import { Lang, Strings, strings } from "./i18n";
import { ProfileChoiceState, useProfileChoice } from "./profile-choice";

/*
 * Inline styles with Fluent's tokens, not makeStyles: the components' own styles are precompiled, and the pane's
 * few rules do not justify shipping Griffel's runtime style compiler in the pane's bundle.
 */
const styles: Record<"root" | "tabs", CSSProperties> = {
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}`,
    gap: tokens.spacingVerticalM,
  },
  // The tabs stay in view above long lists.
  tabs: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    position: "sticky",
    top: 0,
    zIndex: 1,
    background: tokens.colorNeutralBackground1,
  },
};

export interface AppProps {
  host: ReportHost;
  /** Word's tables for the Số liệu view; without it the view is not offered. */
  indicators?: IndicatorHost;
  lang: Lang;
  /** The profiles a document may answer, newest first. */
  catalog: readonly ProfileEntry[];
  /** The view to open on ("check" from the ribbon's "Kiểm tra báo cáo"); the first view otherwise. */
  initialView?: string;
}

interface ViewContext {
  host: ReportHost;
  indicators?: IndicatorHost;
  profile: ReportProfile;
  /** Which profile is in use and why, and how the drafter or the document changes it. */
  profileChoice: ProfileChoiceState;
  lang: Lang;
  t: Strings;
  /** The view is the one shown (the others stay mounted, hidden). */
  active: boolean;
  /** Opens another view: the next step the drafter is pointed to. */
  open: (view: string) => void;
}

/*
 * The Danh mục and Kiểm tra views, and the checker they run, load only when the drafter opens one: webpack puts
 * them in chunks of their own, so the pane's first load stays within its size budget.
 */
const ChecklistView = lazy(() => import(/* webpackChunkName: "checklist-view" */ "./ChecklistView"));
const CheckView = lazy(() => import(/* webpackChunkName: "check-view" */ "./CheckView"));
const IndicatorsView = lazy(() => import(/* webpackChunkName: "indicators-view" */ "./IndicatorsView"));

function loaded(View: ComponentType<ViewContext>) {
  return function LoadedView(ctx: ViewContext) {
    return (
      <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={ctx.t.loadingView} />}>
        <View {...ctx} />
      </Suspense>
    );
  };
}

/** The Số liệu view, given Word's tables. */
const LoadedIndicators = loaded((ctx: ViewContext) => (ctx.indicators ? <IndicatorsView {...ctx} indicators={ctx.indicators} /> : null));

interface View {
  id: string;
  label: (t: Strings) => string;
  render: (ctx: ViewContext) => ReactNode;
}

/** The pane's views, one tab each; Số liệu only where Word's tables can be reached. */
function viewsOf(withIndicators: boolean): View[] {
  return [
    { id: "compose", label: (t) => t.tabCompose, render: (ctx) => <ComposeView {...ctx} /> },
    { id: "checklist", label: (t) => t.tabChecklist, render: loaded(ChecklistView) },
    ...(withIndicators ? [{ id: "indicators", label: (t: Strings) => t.tabIndicators, render: LoadedIndicators }] : []),
    { id: "check", label: (t) => t.tabCheck, render: loaded(CheckView) },
  ];
}

export function App({ host, indicators, lang, catalog, initialView }: AppProps) {
  const t = strings[lang];
  const profileChoice = useProfileChoice(host, catalog);
  const { profile } = profileChoice;
  const views = useMemo(() => viewsOf(indicators !== undefined), [indicators]);
  const [selected, setSelected] = useState(() => views.find((v) => v.id === initialView)?.id ?? views[0].id);
  // A view once opened stays mounted, hidden, so that switching tabs keeps its results and what was typed.
  const [opened, setOpened] = useState(() => new Set([selected]));
  const select = (id: string) => {
    setSelected(id);
    setOpened((before) => new Set(before).add(id));
  };
  // The profile comes from a chunk of its own: the pane waits for it the first time (the next ones keep the views).
  if (profile === null) {
    return (
      <main style={styles.root} aria-label={t.appTitle}>
        {profileChoice.loadError === null ? (
          <Spinner size="tiny" labelPosition="after" label={t.loadingView} />
        ) : (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>
              {t.profileLoadFailed}
              <ErrorDetails label={t.details} detail={profileChoice.loadError} />
            </MessageBarBody>
          </MessageBar>
        )}
      </main>
    );
  }
  return (
    <main style={styles.root} aria-label={t.appTitle}>
      {/* Small tabs: four of them fit the narrowest pane Word opens (320 px). */}
      <TabList size="small" style={styles.tabs} selectedValue={selected} onTabSelect={(_, data) => select(String(data.value))}>
        {views.map((v) => (
          <Tab key={v.id} id={`tab-${v.id}`} value={v.id} aria-controls={`panel-${v.id}`}>
            {v.label(t)}
          </Tab>
        ))}
      </TabList>
      {views
        .filter((v) => opened.has(v.id))
        .map((v) => (
          <div key={v.id} role="tabpanel" id={`panel-${v.id}`} aria-labelledby={`tab-${v.id}`} hidden={v.id !== selected}>
            {v.render({ host, indicators, profile, profileChoice, lang, t, active: v.id === selected, open: select })}
          </div>
        ))}
    </main>
  );
}
