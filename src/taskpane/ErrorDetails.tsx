import { CSSProperties } from "react";

const style: CSSProperties = { marginTop: "4px", overflowWrap: "anywhere" };

/** "Chi tiết" under a failure's sentence: the error's code and message, for the support desk. Nothing without one. */
export function ErrorDetails({ label, detail }: { label: string; detail?: string }) {
  if (!detail) return null;
  return (
    <details style={style}>
      <summary>{label}</summary>
      <code>{detail}</code>
    </details>
  );
}
