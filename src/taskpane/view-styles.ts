import { tokens } from "@fluentui/react-components";
import { CSSProperties } from "react";

/**
 * What the Danh mục and Kiểm tra views share: a column of content and lists of entries marked by a left rule.
 * Inline styles with tokens, as in App.tsx.
 */
export const viewStyles: Record<"root" | "list" | "item", CSSProperties> = {
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
};
