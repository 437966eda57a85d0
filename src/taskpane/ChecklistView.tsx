import { useChecklistViewStyles } from "./checklist/ChecklistView.styles";
import { renderChecklistView } from "./checklist/renderChecklistView";
import { ChecklistViewProps, useChecklistView } from "./checklist/useChecklistView";

export type { ChecklistViewProps } from "./checklist/useChecklistView";

/**
 * "Danh mục": each section's requirements beside the text, following the cursor. Split as Fluent v9 splits a
 * component: a state hook, its styles, and a render from both; the waiver dialog is its own component.
 */
export default function ChecklistView(props: ChecklistViewProps) {
  const state = useChecklistView(props);
  const styles = useChecklistViewStyles();
  return renderChecklistView(state, styles);
}
