/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { StoredChecklist } from "../src/core/checklist-store";
import { DocModel } from "../src/core/model";
import { Target } from "../src/core/rules/types";
import { ReportHost } from "../src/host/types";
import { defaultProfile } from "../src/profiles";
import ChecklistView from "../src/taskpane/ChecklistView";
import { strings } from "../src/taskpane/i18n";
import { BlockSpec, docOf, GOOD_REPORT } from "./helpers/model";

/** A host whose document is a DocModel with the cursor in one section's content control; saving fails with `saveError`. */
class FakeHost implements ReportHost {
  saved: StoredChecklist[] = [];
  selected: Target[] = [];
  saveError: unknown = null;
  constructor(
    public model: DocModel,
    private readonly cursorIn: string,
  ) {}
  readSkeletonState = async () => ({ presentTags: [], missingParts: [], none: false, complete: true });
  insertSkeleton = async () => ({ kind: "already-present" as const });
  loadFields = () => null;
  saveFields = async () => undefined;
  loadProfileId = () => null;
  saveProfileId = async () => undefined;
  loadChecklist = () => null;
  saveChecklist = async (checklist: StoredChecklist) => {
    if (this.saveError) throw this.saveError;
    this.saved.push(checklist);
  };
  readPlace: ReportHost["readPlace"] = async () => ({ tags: [this.cursorIn], text: "" });
  readTagged = async () => null;
  watch: ReportHost["watch"] = async () => () => undefined;
  readDocument = async () => this.model;
  select = async (target: Target) => {
    this.selected.push(target);
    return true;
  };
}

// jsdom has no CSS.escape, which the view uses to find the item to give focus back to; within quotes, this is enough.
beforeAll(() => {
  if (typeof globalThis.CSS === "undefined") {
    Object.defineProperty(globalThis, "CSS", { value: { escape: (s: string) => s.replace(/["\\]/g, "\\$&") }, configurable: true });
  }
});

const replacing = (startsWith: string, by: string[]): BlockSpec[] => {
  const i = GOOD_REPORT.findIndex((b) => typeof b === "string" && b.startsWith(startsWith));
  return [...GOOD_REPORT.slice(0, i), ...by, ...GOOD_REPORT.slice(i + 1)];
};
/** Section 1c with its heading but no text: every item unmet. */
const without1cBody = () => docOf(replacing("Còn khó khăn", []));
const DENIAL = "Không có kiến nghị gì với Quốc hội, Chính phủ hay Bộ LĐTBXH.";

async function openChecklist(host: FakeHost) {
  render(<ChecklistView host={host} profile={defaultProfile} lang="vi" t={strings.vi} />);
  const section = await screen.findByText("Con trỏ đang ở mục này");
  return section.closest<HTMLElement>("[data-section]")!;
}

const item = (id: string) => document.querySelector<HTMLElement>(`[data-item="${id}"]`)!;
const status = (id: string) => document.getElementById(`status-${id}`)?.textContent;
const lastMark = (host: FakeHost, id: string) => host.saved[host.saved.length - 1]?.items[id];

test("the cursor's section opens with its items' status and evidence; the evidence selects itself", async () => {
  const host = new FakeHost(docOf(GOOD_REPORT), "1c");
  const section = await openChecklist(host);
  expect(section.getAttribute("data-section")).toBe("1c");
  await waitFor(() => expect(status("1c.difficulties")).toBe("Đạt"));
  expect(status("1c.causes")).toBe("Đạt");
  const evidence = within(item("1c.causes")).getByRole("button", { name: /^Trích: “.*Nguyên nhân/ });
  // Only the cursor's section is open.
  expect(document.querySelector('[data-item="2b.government"]')).toBeNull();

  fireEvent.click(evidence);
  await waitFor(() => expect(host.selected).toHaveLength(1));
  expect(host.selected[0]).toEqual({ text: expect.stringContaining("Nguyên nhân") });
});

test("“Đã có” stores the drafter's word in the document", async () => {
  const host = new FakeHost(without1cBody(), "1c");
  await openChecklist(host);
  await waitFor(() => expect(status("1c.difficulties")).toBe("Chưa đạt"));
  fireEvent.click(screen.getByRole("button", { name: "Đã có: Nêu khó khăn, tồn tại, hạn chế" }));
  await waitFor(() => expect(lastMark(host, "1c.difficulties")).toEqual({ state: "met", by: "drafter", at: expect.any(String) }));
  await waitFor(() => expect(status("1c.difficulties")).toBe("Đã có (người soạn xác nhận)"));
  expect(screen.getByRole("button", { name: "Hủy xác nhận đã có: Nêu khó khăn, tồn tại, hạn chế" })).toBeTruthy();
});

test("“Không áp dụng…” asks a reason in a dialog; Enter confirms it and focus comes back to the item", async () => {
  const host = new FakeHost(without1cBody(), "1c");
  await openChecklist(host);
  fireEvent.click(await screen.findByRole("button", { name: "Không áp dụng: Làm rõ nguyên nhân…" }));
  const dialog = await screen.findByRole("dialog");
  expect(within(dialog).getByText("Ghi “Làm rõ nguyên nhân” là không áp dụng")).toBeTruthy();
  // In jsdom the open surface sometimes keeps an aria-hidden, depending on timing and the tests before (Fluent's and
  // tabster's bookkeeping); the browser test (checklist-view.e2e) finds the field as assistive technology does.
  const reason = within(dialog).getByRole("textbox", { name: /Lý do/, hidden: true });
  fireEvent.change(reason, { target: { value: "  Tỉnh không có nội dung này " } });
  fireEvent.keyDown(reason, { key: "Enter" });

  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  await waitFor(() => expect(status("1c.causes")).toBe("Không áp dụng: Tỉnh không có nội dung này"));
  expect(lastMark(host, "1c.causes")).toEqual({ state: "waived", reason: "Tỉnh không có nội dung này", at: expect.any(String) });
  await waitFor(() => expect(document.activeElement?.getAttribute("aria-label")).toBe("Bỏ ghi không áp dụng: Làm rõ nguyên nhân"));
  expect(document.activeElement?.closest("[data-item]")?.getAttribute("data-item")).toBe("1c.causes");
});

test("Shift+Enter does not confirm, a blank reason cannot, and cancelling stores nothing", async () => {
  const host = new FakeHost(without1cBody(), "1c");
  await openChecklist(host);
  fireEvent.click(await screen.findByRole("button", { name: "Không áp dụng: Làm rõ nguyên nhân…" }));
  const dialog = await screen.findByRole("dialog");
  const confirm = within(dialog).getByRole("button", { name: "Ghi là không áp dụng" });
  expect(confirm.hasAttribute("disabled")).toBe(true);
  // In jsdom the open surface sometimes keeps an aria-hidden, depending on timing and the tests before (Fluent's and
  // tabster's bookkeeping); the browser test (checklist-view.e2e) finds the field as assistive technology does.
  const reason = within(dialog).getByRole("textbox", { name: /Lý do/, hidden: true });
  fireEvent.keyDown(reason, { key: "Enter" });
  fireEvent.change(reason, { target: { value: "Một lý do" } });
  fireEvent.keyDown(reason, { key: "Enter", shiftKey: true });
  expect(screen.getByRole("dialog")).toBeTruthy();

  fireEvent.click(within(dialog).getByRole("button", { name: "Hủy" }));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(host.saved).toEqual([]);
  expect(status("1c.causes")).toBe("Chưa đạt");
});

test("a save that fails says so, with the error's code under “Chi tiết”", async () => {
  const host = new FakeHost(without1cBody(), "1c");
  host.saveError = Object.assign(new Error("The document is read-only."), { code: "AccessDenied" });
  await openChecklist(host);
  fireEvent.click(await screen.findByRole("button", { name: "Đã có: Làm rõ nguyên nhân" }));
  const alert = await screen.findByText(/^Chưa lưu được vào tài liệu/);
  const bar = alert.closest<HTMLElement>("[role=alert]")!;
  const details = bar.querySelector("details")!;
  expect(within(details).getByText("Chi tiết")).toBeTruthy();
  expect(details.querySelector("code")?.textContent).toBe("AccessDenied: The document is read-only.");
  // The tick still shows: it only could not be kept in the file.
  expect(status("1c.causes")).toBe("Đã có (người soạn xác nhận)");

  // Once a save works again, the message goes.
  host.saveError = null;
  fireEvent.click(screen.getByRole("button", { name: "Đã có: Nêu khó khăn, tồn tại, hạn chế" }));
  await waitFor(() => expect(screen.queryByText(/^Chưa lưu được vào tài liệu/)).toBeNull());
});

test("a sentence denying the item offers “Ghi là không áp dụng” with that sentence as the reason", async () => {
  const host = new FakeHost(docOf(replacing("Đề nghị Quốc hội", [DENIAL])), "2b");
  await openChecklist(host);
  const government = item("2b.government");
  await within(government).findByText(`Văn bản nói là không có: «${DENIAL}»`);
  fireEvent.click(within(government).getByRole("button", { name: /^Ghi “Kiến nghị với Chính phủ” là không áp dụng/ }));
  await waitFor(() => expect(lastMark(host, "2b.government")).toEqual({ state: "waived", reason: DENIAL, at: expect.any(String) }));
  await waitFor(() => expect(status("2b.government")).toBe(`Không áp dụng: ${DENIAL}`));
});

/** What Word's API rejects with: an OfficeExtension.Error-like object, its code apart from its message. */
const generalException = () => ({ code: "GeneralException", message: "An internal error has occurred." });

test("a document that cannot be read says so, with Word's code under “Chi tiết”", async () => {
  const host = new FakeHost(docOf(GOOD_REPORT), "1a");
  host.readDocument = () => Promise.reject(generalException());
  render(<ChecklistView host={host} profile={defaultProfile} lang="vi" t={strings.vi} />);
  const message = await screen.findByText(/Chưa đọc được tài liệu để kiểm tra/);
  const details = message.closest("[role=alert]")!.querySelector("details")!;
  expect(within(details).getByText("Chi tiết")).toBeTruthy();
  expect(details.querySelector("code")?.textContent).toBe("GeneralException: An internal error has occurred.");
});

test("a checklist Word will not keep up to date says so, with Word's code under “Chi tiết”", async () => {
  const host = new FakeHost(docOf(GOOD_REPORT), "1a");
  host.watch = () => Promise.reject(generalException());
  render(<ChecklistView host={host} profile={defaultProfile} lang="en" t={strings.en} />);
  const message = await screen.findByText(/The checklist no longer follows the cursor/);
  const details = message.closest("[role=alert]")!.querySelector("details")!;
  expect(within(details).getByText("Details")).toBeTruthy();
  expect(details.querySelector("code")?.textContent).toBe("GeneralException: An internal error has occurred.");
});
