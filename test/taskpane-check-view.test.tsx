/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DocModel } from "../src/core/model";
import { Target } from "../src/core/rules/types";
import { SkeletonFields } from "../src/core/skeleton/parts";
import { ReportHost } from "../src/host/types";
import { defaultProfile } from "../src/profiles";
import CheckView from "../src/taskpane/CheckView";
import { Lang, strings } from "../src/taskpane/i18n";
import { Pane } from "../src/taskpane/Pane";
import { docOf, GOOD_REPORT } from "./helpers/model";

/** A host whose document is a DocModel; `select` finds what `findable` says. */
class FakeHost implements ReportHost {
  selected: Target[] = [];
  reads = 0;
  /** The profile id the document's settings name. */
  profileId: string | null = null;
  constructor(
    public model: DocModel,
    public findable = true,
    private readonly fields: Partial<SkeletonFields> | null = null,
  ) {}
  readSkeletonState = async () => ({ presentTags: [], missingParts: [], none: false, complete: true });
  insertSkeleton = async () => ({ kind: "already-present" as const });
  loadFields = () => this.fields as SkeletonFields | null;
  saveFields = async () => undefined;
  loadProfileId = () => this.profileId;
  saveProfileId = async (id: string) => {
    this.profileId = id;
  };
  loadChecklist = () => null;
  saveChecklist = async () => undefined;
  readPlace: ReportHost["readPlace"] = async () => ({ tags: [], text: "" });
  readTagged = async () => null;
  watch: ReportHost["watch"] = async () => () => undefined;
  readDocument = async () => {
    this.reads++;
    return this.model;
  };
  select = async (target: Target) => {
    this.selected.push(target);
    return this.findable;
  };
}

const without1cBody = () => {
  const i = GOOD_REPORT.findIndex((b) => typeof b === "string" && b.startsWith("Còn khó khăn"));
  return docOf(GOOD_REPORT.filter((_, j) => j !== i));
};
const without1c = () => {
  const i = GOOD_REPORT.findIndex((b) => typeof b === "string" && b.startsWith("Còn khó khăn"));
  return docOf(GOOD_REPORT.filter((_, j) => j !== i && j !== i - 1));
};

/** Section 1c's group as the view names it: its id, its number in the document, its title. */
const title1c = { vi: "1c (I.3). Khó khăn, tồn tại và nguyên nhân", en: "1c (I.3). Difficulties and causes" };

async function openCheck(host: ReportHost, lang: Lang = "vi", initialView?: string) {
  render(<Pane host={host} lang={lang} themeKind="light" initialView={initialView} />);
  // The pane first loads the document's profile (a chunk of its own), then shows its tabs.
  if (!initialView) fireEvent.click(await screen.findByRole("tab", { name: lang === "vi" ? "Kiểm tra" : "Check" }));
  // The view is a lazy chunk: the first time, jest compiles it and all it imports, which may take seconds on a busy machine.
  return screen.findByRole("button", { name: lang === "vi" ? "Kiểm tra" : "Check" });
}

/** Every day from 20/12/2017 on, a complete report of letter 5121 is ready in content but late. */
const READY_LATE = "Đủ nội dung để gửi, nhưng đã muộn hạn";

test("a complete report checked before the deadline is ready to send", async () => {
  const host = new FakeHost(docOf(GOOD_REPORT));
  render(<CheckView host={host} profile={defaultProfile} lang="vi" t={strings.vi} today={new Date(2017, 11, 15)} />);
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const summary = await screen.findByText("Sẵn sàng gửi");
  expect(summary.closest("[role=status]")).not.toBeNull();
  expect(host.reads).toBe(1);
  expect(screen.getByText("Hạn gửi: trước ngày 20/12/2017 — còn 4 ngày")).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Đến chỗ này" })).toBeNull();
});

test("the same report checked after the deadline is ready, but late: not a plain green", async () => {
  const host = new FakeHost(docOf(GOOD_REPORT));
  fireEvent.click(await openCheck(host));
  const summary = await screen.findByText(READY_LATE);
  expect(summary.closest("[role=status]")).not.toBeNull();
  expect(screen.queryByText("Sẵn sàng gửi")).toBeNull();
  expect(screen.getByText(/đã quá hạn \d+ ngày/)).toBeTruthy();
});

test("the results stay when the drafter looks at another tab and comes back", async () => {
  const host = new FakeHost(docOf(GOOD_REPORT));
  fireEvent.click(await openCheck(host));
  await screen.findByText(READY_LATE);
  const panelOf = () => screen.getByText(READY_LATE).closest("[role=tabpanel]");
  // The Soạn view reads the document when shown: let that finish inside act().
  await act(async () => void fireEvent.click(screen.getByRole("tab", { name: "Soạn" })));
  expect(panelOf()?.hasAttribute("hidden")).toBe(true);
  fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  expect(panelOf()?.hasAttribute("hidden")).toBe(false);
  expect(host.reads).toBe(1);
});

test("an empty section 1c is an error under 1c; going there selects it; a changed document says so and offers to check again", async () => {
  const host = new FakeHost(without1cBody());
  fireEvent.click(await openCheck(host));
  await screen.findByText("1 lỗi, 0 cảnh báo");
  const group = screen.getByRole("region", { name: title1c.vi });
  expect(within(group).getByText(/Mục 1c \(Khó khăn, tồn tại và nguyên nhân\) chưa có nội dung\./)).toBeTruthy();
  expect(within(group).getByText("Lỗi:")).toBeTruthy();

  fireEvent.click(within(group).getByRole("button", { name: "Đến chỗ này" }));
  await waitFor(() => expect(host.selected).toEqual([{ paragraph: 16, text: "3. Khó khăn, tồn tại và nguyên nhân" }]));
  expect(screen.queryByText("Không tìm thấy chỗ này: tài liệu đã thay đổi.")).toBeNull();

  host.findable = false;
  fireEvent.click(within(group).getByRole("button", { name: "Đến chỗ này" }));
  const gone = await screen.findByText("Không tìm thấy chỗ này: tài liệu đã thay đổi.");
  expect(gone.closest("[role=alert]")).not.toBeNull();

  // The drafter fixed the document meanwhile: checking again reads it afresh.
  host.model = docOf(GOOD_REPORT);
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
  await screen.findByText(READY_LATE);
  expect(host.reads).toBe(2);
  expect(screen.queryByText("Không tìm thấy chỗ này: tài liệu đã thay đổi.")).toBeNull();
});

test("a missing section has no place to go to", async () => {
  const host = new FakeHost(without1c());
  fireEvent.click(await openCheck(host));
  const group = await screen.findByRole("region", { name: title1c.vi });
  expect(within(group).getByText(/Thiếu mục 1c/)).toBeTruthy();
  expect(within(group).queryByRole("button", { name: "Đến chỗ này" })).toBeNull();
});

test("in English, opened on the Kiểm tra view as the ribbon's URL asks, with the deadline and the e-mail link", async () => {
  const host = new FakeHost(without1cBody(), true, { province: "Thanh Hóa" });
  fireEvent.click(await openCheck(host, "en", "check"));
  expect(screen.getByRole("tab", { name: "Check" }).getAttribute("aria-selected")).toBe("true");
  await screen.findByText("1 error, 0 warnings");
  expect(screen.getByRole("region", { name: title1c.en })).toBeTruthy();
  expect(screen.getByText(/Section 1c \(Difficulties and causes\) has no content\./)).toBeTruthy();
  expect(screen.getByText(/^Deadline: before 20\/12\/2017 — /)).toBeTruthy();
  const link = screen.getByRole("link", { name: defaultProfile.email! });
  expect(link.getAttribute("href")).toBe(
    `mailto:${defaultProfile.email}?subject=${encodeURIComponent("Báo cáo đánh giá năm 2017, kế hoạch năm 2018 - Thanh Hóa")}`,
  );
});

test("a document that cannot be read says so in plain words, and Word's own under a folded “Chi tiết”", async () => {
  const host = new FakeHost(docOf(GOOD_REPORT));
  host.readDocument = () => Promise.reject(Object.assign(new Error("An internal error has occurred."), { code: "GeneralException" }));
  fireEvent.click(await openCheck(host));
  const message = await screen.findByText(/Chưa đọc được tài liệu để kiểm tra/);
  const alert = message.closest("[role=alert]");
  expect(alert).not.toBeNull();
  const details = alert?.querySelector("details");
  expect(details?.open).toBe(false);
  expect(details?.querySelector("code")?.textContent).toBe("GeneralException: An internal error has occurred.");
});

test("shows that it is reading while the document is read, and the button waits", async () => {
  const host = new FakeHost(docOf(GOOD_REPORT));
  let finish: (model: DocModel) => void = () => undefined;
  host.readDocument = () => new Promise<DocModel>((resolve) => (finish = resolve));
  const button = await openCheck(host);
  fireEvent.click(button);
  expect(await screen.findByText("Đang đọc tài liệu…")).toBeTruthy();
  expect(button.getAttribute("aria-disabled")).toBe("true");
  finish(docOf(GOOD_REPORT));
  await screen.findByText(READY_LATE);
  expect(screen.queryByText("Đang đọc tài liệu…")).toBeNull();
});

test("results say when the document changed after the check, and check again in one click", async () => {
  const host = new FakeHost(docOf(GOOD_REPORT));
  let handler: ((change: { kind: "selection" } | { kind: "content"; tag: string }) => void) | null = null;
  host.watch = async (_tags, onChange) => {
    handler = onChange;
    return () => {
      handler = null;
    };
  };
  let cursorText =
    "Còn khó khăn trong giải quyết việc làm ở nông thôn. Nguyên nhân khách quan là do kinh tế chậm; nguyên nhân chủ quan là công tác phối hợp còn hạn chế.";
  host.readPlace = async () => ({ tags: [], text: cursorText });
  render(<CheckView host={host} profile={defaultProfile} lang="vi" t={strings.vi} today={new Date(2017, 11, 15)} />);
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText("Sẵn sàng gửi");
  await waitFor(() => expect(handler).not.toBeNull());

  // The drafter moves through text the check read: nothing to say.
  await act(async () => {
    handler?.({ kind: "selection" });
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  expect(screen.queryByText(/Tài liệu đã thay đổi sau lần kiểm tra này/)).toBeNull();

  // The drafter types in a paragraph: its text is not what the check read.
  cursorText = "Còn khó khăn trong giải quyết việc làm ở nông thôn, nhất là vùng ven biển.";
  await act(async () => {
    handler?.({ kind: "selection" });
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
  const stale = await screen.findByText(/Tài liệu đã thay đổi sau lần kiểm tra này/);
  expect(handler).toBeNull();
  fireEvent.click(within(stale.closest("[role=status]") as HTMLElement).getByRole("button", { name: "Kiểm tra lại" }));
  await waitFor(() => expect(host.reads).toBe(2));
  await waitFor(() => expect(screen.queryByText(/Tài liệu đã thay đổi sau lần kiểm tra này/)).toBeNull());
});

/** What Word's API rejects with: an OfficeExtension.Error-like object, its code apart from its message. */
const generalException = () => ({ code: "GeneralException", message: "An internal error has occurred." });

test("going to a finding when Word fails to select it offers to check again, with Word's error under “Chi tiết”", async () => {
  const host = new FakeHost(without1cBody());
  fireEvent.click(await openCheck(host));
  const group = await screen.findByRole("region", { name: title1c.vi });
  host.select = () => Promise.reject(generalException());
  fireEvent.click(within(group).getByRole("button", { name: "Đến chỗ này" }));
  const gone = await screen.findByText("Không tìm thấy chỗ này: tài liệu đã thay đổi.");
  const alert = gone.closest("[role=alert]");
  expect(alert).not.toBeNull();
  const details = alert?.querySelector("details");
  expect(details?.querySelector("summary")?.textContent).toBe("Chi tiết");
  expect(details?.querySelector("code")?.textContent).toBe("GeneralException: An internal error has occurred.");

  // A place simply gone has no error to show; the last one's is not carried over.
  host.select = async () => false;
  fireEvent.click(within(group).getByRole("button", { name: "Đến chỗ này" }));
  await waitFor(() =>
    expect(screen.getByText("Không tìm thấy chỗ này: tài liệu đã thay đổi.").closest("[role=alert]")?.querySelector("details")).toBeNull(),
  );
});

test("when Word will not report edits, the results say they cannot tell a change, with Word's error under “Chi tiết”", async () => {
  const host = new FakeHost(docOf(GOOD_REPORT));
  host.watch = () => Promise.reject(generalException());
  render(<CheckView host={host} profile={defaultProfile} lang="en" t={strings.en} today={new Date(2017, 11, 15)} />);
  fireEvent.click(screen.getByRole("button", { name: "Check" }));
  await screen.findByText("Ready to send");
  const notice = await screen.findByText(/Word does not tell the add-in when the document changes/);
  const bar = notice.closest("[role=status]") as HTMLElement;
  expect(bar).not.toBeNull();
  expect(bar.querySelector("details summary")?.textContent).toBe("Details");
  expect(bar.querySelector("details code")?.textContent).toBe("GeneralException: An internal error has occurred.");

  // Once Word reports edits again, checking again drops the notice.
  host.watch = async () => () => undefined;
  fireEvent.click(within(bar).getByRole("button", { name: "Check again" }));
  await waitFor(() => expect(host.reads).toBe(2));
  await waitFor(() => expect(screen.queryByText(/Word does not tell the add-in/)).toBeNull());
});

test("a watch that works says nothing of watching", async () => {
  const host = new FakeHost(docOf(GOOD_REPORT));
  let watched = false;
  host.watch = async () => {
    watched = true;
    return () => undefined;
  };
  render(<CheckView host={host} profile={defaultProfile} lang="vi" t={strings.vi} today={new Date(2017, 11, 15)} />);
  fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByText("Sẵn sàng gửi");
  await waitFor(() => expect(watched).toBe(true));
  expect(screen.queryByText(/Word không báo cho tiện ích khi tài liệu thay đổi/)).toBeNull();
});

describe("the profile the check follows", () => {
  test("a report that names no profile is checked against the letter its opening cites, and the pane says so", async () => {
    const host = new FakeHost(docOf(GOOD_REPORT));
    fireEvent.click(await openCheck(host));
    expect(await screen.findByText("Kiểm tra theo Công văn số 5121/LĐTBXH-KHTC, nêu ở câu mở đầu của báo cáo.")).toBeTruthy();
    // Judged against 2017, the complete 2017 report is ready in content (and late, today).
    expect(within(document.getElementById("panel-check")!).getByText(READY_LATE)).toBeTruthy();
  });

  test("the profile the document stores wins over the letter, and no choice is offered", async () => {
    const host = new FakeHost(docOf(GOOD_REPORT));
    host.profileId = "molisa-5025-2019";
    render(<Pane host={host} lang="vi" themeKind="light" />);
    expect(await screen.findByText(/^Mẫu báo cáo: Báo cáo đánh giá năm 2019/)).toBeTruthy();
    expect(screen.queryByRole("radio")).toBeNull();
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    fireEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    // The 2017 report read as a 2019 one: its sections speak of another year, and 2019's new item is unmet.
    const panel = within(document.getElementById("panel-check")!);
    expect(await panel.findByText(/^Mẫu báo cáo: Báo cáo đánh giá năm 2019/)).toBeTruthy();
    expect(panel.getByText(/Tiêu đề mục 1a ghi năm 2017, trong khi báo cáo này về năm 2019/)).toBeTruthy();
    expect(panel.getByText(/Nêu mô hình, cách làm hay/)).toBeTruthy();
  });

  test("picking another letter in Soạn marks the results as another profile's until checked again", async () => {
    const host = new FakeHost(docOf(GOOD_REPORT));
    render(<Pane host={host} lang="vi" themeKind="light" initialView="check" />);
    fireEvent.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByText("Kiểm tra theo Công văn số 5121/LĐTBXH-KHTC, nêu ở câu mở đầu của báo cáo.");
    fireEvent.click(screen.getByRole("tab", { name: "Soạn" }));
    // The document named none: the choice is offered, newest first, the letter's profile selected.
    const radios = screen.getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual(["molisa-5025-2019", "molisa-5121-2017"]);
    expect(radios.find((r) => r.checked)?.value).toBe("molisa-5121-2017");
    fireEvent.click(radios[0]);
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(screen.getByText("Kết quả này theo mẫu báo cáo khác với mẫu vừa chọn: hãy kiểm tra lại.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    await waitFor(() => expect(screen.queryByText(/theo mẫu báo cáo khác/)).toBeNull());
    expect(within(document.getElementById("panel-check")!).getByText(/^Mẫu báo cáo: Báo cáo đánh giá năm 2019/)).toBeTruthy();
    expect(host.reads).toBe(2);
  });
});
