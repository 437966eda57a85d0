/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { DocModel } from "../src/core/model";
import { PartId, SkeletonFields, skeletonPartInfo } from "../src/core/skeleton/parts";
import { InsertOutcome, ReportHost, SkeletonState } from "../src/host/types";
import { builtinCatalog, defaultProfile, ReportProfile } from "../src/profiles";
import { Lang } from "../src/taskpane/i18n";
import { Pane } from "../src/taskpane/Pane";
import { docOf } from "./helpers/model";

const allParts = skeletonPartInfo(defaultProfile).map((p) => p.id);

function stateWith(missing: PartId[]): SkeletonState {
  const presentTags = skeletonPartInfo(defaultProfile)
    .filter((p) => !missing.includes(p.id))
    .flatMap((p) => p.tags);
  return { presentTags, missingParts: missing, none: missing.length === allParts.length, complete: missing.length === 0 };
}

/** A host whose document holds the parts not listed as missing; inserting fills them in, like Word would. */
class FakeHost implements ReportHost {
  inserted: SkeletonFields[] = [];
  /** The id of the profile each insertion was made with. */
  insertedWith: string[] = [];
  saved: SkeletonFields[] = [];
  /** The profile id the document's settings name. */
  profileId: string | null = null;
  constructor(
    private missing: PartId[],
    private readonly stored: SkeletonFields | null = null,
    private readonly failure: InsertOutcome | null = null,
  ) {}
  readSkeletonState: (profile: ReportProfile) => Promise<SkeletonState> = async () => stateWith(this.missing);
  insertSkeleton = async (profile: ReportProfile, fields: SkeletonFields): Promise<InsertOutcome> => {
    if (this.failure) return this.failure;
    this.inserted.push(fields);
    this.insertedWith.push(profile.id);
    const parts = this.missing;
    this.missing = [];
    return parts.length
      ? { kind: "inserted", parts, where: parts.length === allParts.length ? "cursor" : "in-place" }
      : { kind: "already-present" };
  };
  loadFields = () => this.stored;
  // The Soạn view neither reads the document model nor selects anything.
  readDocument = (): Promise<DocModel> => Promise.reject(new Error("not used by the Soạn view"));
  select = async () => false;
  loadChecklist = () => null;
  saveChecklist = async () => undefined;
  readPlace = async () => ({ tags: [], text: "" });
  /** The text of the skeleton's opening sentence, where the document has one. */
  opening: string | null = null;
  openingReads = 0;
  readTagged = async (tag: string) => {
    if (tag !== "doc.opening" || this.opening === null) return null;
    this.openingReads++;
    return docOf([this.opening]);
  };
  watch = async () => () => undefined;
  saveFields = async (fields: SkeletonFields) => {
    this.saved.push(fields);
  };
  loadProfileId = () => this.profileId;
  saveProfileId = async (id: string) => {
    this.profileId = id;
  };
}

function renderPane(host: ReportHost, lang: Lang = "vi") {
  return render(<Pane host={host} lang={lang} themeKind="light" />);
}

const insertButton = () => screen.getByRole("button", { name: "Chèn khung báo cáo" });
/** Fluent keeps a disabled button focusable and marks it with aria-disabled. */
const isDisabled = (button: HTMLElement) => button.getAttribute("aria-disabled") === "true" || button.hasAttribute("disabled");

test("fills the fields, inserts the skeleton, says so, and remembers the fields", async () => {
  const host = new FakeHost(allParts);
  renderPane(host);
  await waitFor(() => expect(isDisabled(insertButton())).toBe(false));

  const province = screen.getByRole("combobox", { name: "Tỉnh, thành phố" });
  fireEvent.change(province, { target: { value: "thanh hoa" } });
  fireEvent.keyDown(province, { key: "ArrowDown" });
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Thanh Hóa"]);
  fireEvent.click(await screen.findByRole("option", { name: "Thanh Hóa" }));
  // The fields that may be left empty are folded away, under the province.
  expect(screen.queryByRole("textbox", { name: "Số văn bản" })).toBeNull();
  const fold = screen.getByRole("button", { name: "Số, ngày ký, người ký (có thể để trống)" });
  expect(fold.getAttribute("aria-expanded")).toBe("false");
  fireEvent.click(fold);
  fireEvent.change(screen.getByRole("textbox", { name: "Số văn bản" }), { target: { value: "125" } });
  fireEvent.change(screen.getByLabelText("Ngày ký"), { target: { value: "2017-12-05" } });
  // Whatever order the browser shows, the hint says the date as the document will write it.
  expect(screen.getByText("Văn bản sẽ ghi: ngày 05 tháng 12 năm 2017.")).toBeTruthy();
  fireEvent.change(screen.getByRole("textbox", { name: "Họ và tên người ký" }), { target: { value: "Nguyễn Văn An" } });
  fireEvent.click(screen.getByRole("radio", { name: "KT. Giám đốc / Phó Giám đốc" }));

  fireEvent.click(insertButton());

  // The first insertion of the run waits for jest to compile what it loads; a busy machine needs more than a second.
  const status = await screen.findByText("Đã chèn khung báo cáo. Nhấn Ctrl+Z để hoàn tác.");
  expect(status.closest("[role=status]")).not.toBeNull();
  const expected: SkeletonFields = {
    province: "Thanh Hóa",
    agencyShort: "SLĐTBXH",
    number: "125",
    date: "2017-12-05",
    signer: "Nguyễn Văn An",
    deputy: true,
  };
  expect(host.inserted).toEqual([expected]);
  await waitFor(() => expect(host.saved).toEqual([expected]));
  // Nothing named a profile: the newest letter's went in, and the document now remembers it.
  expect(host.insertedWith).toEqual(["molisa-5025-2019"]);
  expect(host.profileId).toBe("molisa-5025-2019");
  // The document is now complete: the fields, which would change nothing, give way to the next step.
  const next = await screen.findByRole("button", { name: "Mở Danh mục" });
  expect(screen.queryByRole("button", { name: "Chèn khung báo cáo" })).toBeNull();
  expect(screen.queryByRole("textbox", { name: "Số văn bản" })).toBeNull();
  fireEvent.click(next);
  expect(screen.getByRole("tab", { name: "Danh mục" }).getAttribute("aria-selected")).toBe("true");
});

test("when some parts are there, the button offers the missing ones by name", async () => {
  const host = new FakeHost(["1c", "2b"]);
  host.profileId = "molisa-5121-2017";
  renderPane(host);
  const button = await screen.findByRole("button", { name: "Thêm các phần còn thiếu (2)" });
  const list = screen.getByRole("list");
  expect(Array.from(list.querySelectorAll("li"), (li) => li.textContent)).toEqual([
    "Khó khăn, tồn tại và nguyên nhân (I.3)",
    "Đề xuất, kiến nghị (II.2)",
  ]);

  fireEvent.click(button);
  await screen.findByText("Đã thêm 2 phần còn thiếu. Nhấn Ctrl+Z để hoàn tác.");
  await waitFor(() => expect(screen.queryByRole("list")).toBeNull());
});

test("a complete document says so and points to the next step instead of offering the insertion", async () => {
  renderPane(new FakeHost([]));
  await screen.findByText("Tài liệu đã có đủ khung báo cáo.");
  expect(screen.queryByRole("button", { name: "Chèn khung báo cáo" })).toBeNull();
  expect(screen.getByText(/Bước tiếp theo: viết nội dung từng mục/)).toBeTruthy();
  expect(screen.getByRole("button", { name: "Mở Danh mục" })).toBeTruthy();
});

test("a failure is told in plain words, as an alert, with Word's own words folded under “Chi tiết”", async () => {
  renderPane(
    new FakeHost(allParts, null, {
      kind: "failed",
      reason: "document-read-only",
      detail: "AccessDenied: You cannot perform the requested operation.",
    }),
  );
  await waitFor(() => expect(isDisabled(insertButton())).toBe(false));
  fireEvent.click(insertButton());
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toMatch(/^Tài liệu đang ở chế độ chỉ đọc\. Hãy bật chỉnh sửa tài liệu rồi thử lại\.Chi tiết/);
  const details = alert.querySelector("details");
  expect(details?.open).toBe(false);
  expect(details?.querySelector("summary")?.textContent).toBe("Chi tiết");
  expect(details?.querySelector("code")?.textContent).toBe("AccessDenied: You cannot perform the requested operation.");
});

test("a document that cannot be read says so, and why under “Chi tiết”", async () => {
  const host = new FakeHost(allParts);
  host.readSkeletonState = () =>
    Promise.reject(Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" }));
  renderPane(host);
  const status = await screen.findByText(/Chưa đọc được tài liệu/);
  expect(status.closest("[role=status]")?.querySelector("code")?.textContent).toBe("ItemNotFound: The requested resource doesn't exist.");
});

test("a whole name typed without accents picks the province and shows it as written", async () => {
  const host = new FakeHost(allParts);
  renderPane(host);
  await waitFor(() => expect(isDisabled(insertButton())).toBe(false));
  const province = screen.getByRole("combobox", { name: "Tỉnh, thành phố" }) as HTMLInputElement;
  fireEvent.change(province, { target: { value: "ha noi" } });
  fireEvent.blur(province);
  expect(province.value).toBe("Hà Nội");
  fireEvent.click(insertButton());
  await screen.findByText("Đã chèn khung báo cáo. Nhấn Ctrl+Z để hoàn tác.");
  expect(host.inserted[0].province).toBe("Hà Nội");
});

test("text that names no province is not inserted as is", async () => {
  const host = new FakeHost(allParts);
  renderPane(host);
  await waitFor(() => expect(isDisabled(insertButton())).toBe(false));
  fireEvent.change(screen.getByRole("combobox", { name: "Tỉnh, thành phố" }), { target: { value: "Sài Gòn" } });
  fireEvent.click(insertButton());
  await screen.findByText("Hãy chọn một tỉnh, thành phố trong danh sách.");
  expect(host.inserted).toEqual([]);
});

test("fields saved in the document come back, and English follows Office's language", async () => {
  const stored: SkeletonFields = { province: "Hà Nội", agencyShort: "SLĐ", number: "7", date: "", signer: "Trần Thị B", deputy: false };
  renderPane(new FakeHost(allParts, stored), "en");
  await act(async () => undefined);
  expect((screen.getByRole("combobox", { name: "Province or city" }) as HTMLInputElement).value).toBe("Hà Nội");
  expect((screen.getByRole("textbox", { name: "Document number" }) as HTMLInputElement).value).toBe("7");
  expect(screen.getByRole("button", { name: "Insert report skeleton" })).toBeTruthy();
});

describe("the letter the report answers", () => {
  test("a new document offers the built-in profiles, newest first; the one picked goes in and is remembered", async () => {
    const host = new FakeHost(allParts);
    renderPane(host);
    await waitFor(() => expect(isDisabled(insertButton())).toBe(false));
    const group = screen.getByRole("radiogroup", { name: "Báo cáo theo công văn" });
    const radios = within(group).getAllByRole("radio") as HTMLInputElement[];
    expect(radios.map((r) => r.labels?.[0]?.textContent)).toEqual([
      "Báo cáo đánh giá năm 2019, kế hoạch năm 2020 (Công văn 5025/LĐTBXH-KHTC)",
      "Báo cáo đánh giá năm 2017, kế hoạch năm 2018 (Công văn 5121/LĐTBXH-KHTC)",
    ]);
    expect(radios[0].checked).toBe(true);
    expect(screen.getByText("Công văn số 5025/LĐTBXH-KHTC ngày 25/11/2019.")).toBeTruthy();
    fireEvent.click(radios[1]);
    expect(screen.getByText("Công văn số 5121/LĐTBXH-KHTC ngày 07/12/2017.")).toBeTruthy();
    // The document is read again for the other profile's parts before the button is offered again.
    await waitFor(() => expect(isDisabled(insertButton())).toBe(false));
    fireEvent.click(insertButton());
    await screen.findByRole("button", { name: "Mở Danh mục" });
    expect(host.insertedWith).toEqual(["molisa-5121-2017"]);
    await waitFor(() => expect(host.profileId).toBe("molisa-5121-2017"));
    // Remembered: no longer a choice, but said.
    expect(screen.queryByRole("radiogroup", { name: "Báo cáo theo công văn" })).toBeNull();
    expect(screen.getByText(/^Mẫu báo cáo: Báo cáo đánh giá năm 2017/)).toBeTruthy();
  });

  test("a document that names its profile offers no choice, and the missing parts go in with that profile", async () => {
    const host = new FakeHost(["1c"]);
    host.profileId = "molisa-5121-2017";
    renderPane(host);
    const button = await screen.findByRole("button", { name: "Thêm các phần còn thiếu (1)" });
    expect(screen.queryByRole("radio", { name: /Công văn 5025/ })).toBeNull();
    expect(screen.getByText(/^Mẫu báo cáo: Báo cáo đánh giá năm 2017/)).toBeTruthy();
    expect(screen.getByRole("listitem").textContent).toBe("Khó khăn, tồn tại và nguyên nhân (I.3)");
    fireEvent.click(button);
    await waitFor(() => expect(host.insertedWith).toEqual(["molisa-5121-2017"]));
  });

  test("a document begun before the profile was stored: its opening's letter chooses the profile the missing parts go in with", async () => {
    const host = new FakeHost(["1c", "2b"]);
    host.opening =
      "Thực hiện Công văn số 5121/LĐTBXH-KHTC ngày 07/12/2017 của Bộ, Sở Lao động - Thương binh và Xã hội tỉnh Thanh Hóa báo cáo như sau:";
    renderPane(host);
    const older = (await screen.findByRole("radio", { name: /Công văn 5121/ })) as HTMLInputElement;
    await waitFor(() => expect(older.checked).toBe(true));
    // The 2017 letter's own names for the missing parts.
    const button = await screen.findByRole("button", { name: "Thêm các phần còn thiếu (2)" });
    await waitFor(() => expect(screen.getAllByRole("listitem")[0].textContent).toBe("Khó khăn, tồn tại và nguyên nhân (I.3)"));
    await waitFor(() => expect(isDisabled(button)).toBe(false));
    fireEvent.click(button);
    await waitFor(() => expect(host.insertedWith).toEqual(["molisa-5121-2017"]));
  });

  test("an opening that cites no letter of a profile leaves the choice to the drafter, the newest chosen", async () => {
    const host = new FakeHost(["1c", "2b"]);
    host.opening = "Thực hiện Công văn số 1234/UBND-VX của UBND tỉnh, Sở báo cáo như sau:";
    renderPane(host);
    await screen.findByRole("button", { name: "Thêm các phần còn thiếu (2)" });
    await waitFor(() => expect(host.openingReads).toBeGreaterThan(0));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const radios = screen.getAllByRole("radio", { name: /Công văn/ }) as HTMLInputElement[];
    expect(radios.find((r) => r.checked)?.value).toBe("molisa-5025-2019");
  });

  test("a read begun with the letter before answers after the read with the one picked: the picked letter's parts stay shown", async () => {
    const host = new FakeHost(["1c"]);
    // The document read with the 2019 letter answers only when let go, and (were it taken) as if nothing were missing.
    let answerOld: () => void = () => undefined;
    host.readSkeletonState = (profile: ReportProfile) =>
      profile.id === "molisa-5025-2019"
        ? new Promise<SkeletonState>((resolve) => (answerOld = () => resolve(stateWith([]))))
        : Promise.resolve(stateWith(["1c"]));
    renderPane(host);
    fireEvent.click(await screen.findByRole("radio", { name: /Công văn 5121/ }));
    const button = await screen.findByRole("button", { name: "Thêm các phần còn thiếu (1)" });
    await waitFor(() => expect(isDisabled(button)).toBe(false));
    await act(async () => answerOld());
    expect(screen.queryByText(/đã có đủ/)).toBeNull();
    expect(screen.getByRole("button", { name: "Thêm các phần còn thiếu (1)" })).toBe(button);
    expect(isDisabled(button)).toBe(false);
  });

  test("a profile the add-in does not have is named, and a choice asked for", async () => {
    const host = new FakeHost(allParts);
    host.profileId = "bo-khac-2025";
    renderPane(host);
    expect(await screen.findByText(/Tài liệu ghi mẫu báo cáo “bo-khac-2025” mà phần bổ trợ này không có/)).toBeTruthy();
    expect(screen.getAllByRole("radio", { name: /Công văn/ })).toHaveLength(2);
  });
});

test("shown again while the skeleton goes in, Soạn reads the document but does not offer the insertion again", async () => {
  const host = new FakeHost(allParts);
  const insert = host.insertSkeleton;
  let finish: () => void = () => undefined;
  host.insertSkeleton = (profile, fields) => new Promise((resolve) => (finish = () => resolve(insert(profile, fields))));
  renderPane(host);
  await waitFor(() => expect(isDisabled(insertButton())).toBe(false));
  fireEvent.click(insertButton());
  fireEvent.click(screen.getByRole("tab", { name: "Danh mục" }));
  fireEvent.click(screen.getByRole("tab", { name: "Soạn" }));
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(isDisabled(insertButton())).toBe(true);
  fireEvent.click(insertButton());
  await act(async () => finish());
  await screen.findByRole("button", { name: "Mở Danh mục" });
  expect(host.inserted).toHaveLength(1);
});

test("a profile that cannot be loaded says so, as an alert, with the error under “Chi tiết”", async () => {
  const host = new FakeHost(allParts);
  const failing = builtinCatalog.map((entry) => ({
    ...entry,
    load: () => Promise.reject(Object.assign(new Error("Loading chunk profile-5025-2019 failed."), { name: "ChunkLoadError" })),
  }));
  render(<Pane host={host} lang="vi" themeKind="light" catalog={failing} />);
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("Chưa mở được mẫu báo cáo.");
  expect(alert.querySelector("code")?.textContent).toBe("ChunkLoadError: Loading chunk profile-5025-2019 failed.");
  // Nothing to act on without a profile: no tab, no insertion.
  expect(screen.queryByRole("tab")).toBeNull();
  expect(host.inserted).toEqual([]);
});

test("a letter picked whose profile cannot be loaded is said, under the choice, and nothing goes in with it", async () => {
  const host = new FakeHost(allParts);
  const failing = builtinCatalog.map((entry, i) =>
    i === 0
      ? entry
      : {
          ...entry,
          load: () => Promise.reject(Object.assign(new Error("Loading chunk profile-5121-2017 failed."), { name: "ChunkLoadError" })),
        },
  );
  render(<Pane host={host} lang="vi" themeKind="light" catalog={failing} />);
  await waitFor(() => expect(isDisabled(insertButton())).toBe(false));
  fireEvent.click(screen.getByRole("radio", { name: /Công văn 5121/ }));
  expect(await screen.findByText(/Chưa mở được mẫu báo cáo\./)).toBeTruthy();
  expect(screen.getByText("ChunkLoadError: Loading chunk profile-5121-2017 failed.", { selector: "code" })).toBeTruthy();
  expect(isDisabled(insertButton())).toBe(true);
  fireEvent.click(insertButton());
  expect(host.inserted).toEqual([]);
  // Back to the letter that loads: the button is offered again.
  fireEvent.click(screen.getByRole("radio", { name: /Công văn 5025/ }));
  await waitFor(() => expect(isDisabled(insertButton())).toBe(false));
});
