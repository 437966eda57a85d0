import { tokens } from "@fluentui/react-components";
import { CSSProperties } from "react";

/** The Danh mục view's own styles (inline, with tokens, as in App.tsx); the shared column and lists are in view-styles.ts. */
export type ChecklistViewStyles = Record<"status" | "evidence" | "note" | "guidance" | "header" | "actions", CSSProperties>;

const styles: ChecklistViewStyles = {
  status: { fontWeight: tokens.fontWeightSemibold },
  evidence: { fontStyle: "italic", textAlign: "left" },
  note: { color: tokens.colorPaletteDarkOrangeForeground1 },
  guidance: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    background: tokens.colorNeutralBackground3,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  header: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, width: "100%" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
};

/** As Fluent v9's `useXStyles`: the styles the render applies. Constant, since they are inline styles. */
export const useChecklistViewStyles = (): ChecklistViewStyles => styles;
