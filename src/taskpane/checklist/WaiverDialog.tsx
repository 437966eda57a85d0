import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
} from "@fluentui/react-components";
import { ChecklistStrings } from "../checklist-strings";

export interface WaiverDialogProps {
  /** The label of the item being waived; null when the dialog is closed. */
  itemLabel: string | null;
  reason: string;
  onReasonChange: (reason: string) => void;
  /** Confirms with the reason as typed; ignored while it is blank. */
  onConfirm: () => void;
  onCancel: () => void;
  ct: ChecklistStrings;
}

/** "Không áp dụng…": asks the reason of a waiver. Enter confirms, as in any one-line answer; Shift+Enter breaks the line. */
export function WaiverDialog({ itemLabel, reason, onReasonChange, onConfirm, onCancel, ct }: WaiverDialogProps) {
  return (
    <Dialog open={itemLabel !== null} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onConfirm();
          }}
        >
          <DialogBody>
            <DialogTitle>{itemLabel !== null ? ct.waiveTitle(itemLabel) : ""}</DialogTitle>
            <DialogContent>
              <Field label={ct.waiveReason} hint={ct.waiveReasonHint} required>
                <Textarea
                  value={reason}
                  maxLength={200}
                  onChange={(_, data) => onReasonChange(data.value)}
                  onKeyDown={(event) => {
                    if (event.key === "Enter" && !event.shiftKey) {
                      event.preventDefault();
                      onConfirm();
                    }
                  }}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={reason.trim() === ""}>
                {ct.waiveConfirm}
              </Button>
              <Button onClick={onCancel}>{ct.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
