import { defaultProfile, parseProfile, ProfileError, provincesOf, sectionNumber, sectionsOf } from "../src/profiles";
import { refusal } from "./helpers/profile";

describe("report profile schema", () => {
  test("the 5121 profile has the sections and items of report-spec.md", () => {
    expect(defaultProfile.id).toBe("molisa-5121-2017");
    expect(defaultProfile.groups.map((g) => g.id)).toEqual(["1", "2"]);
    expect(sectionsOf(defaultProfile).map((s) => s.id)).toEqual(["1a", "1b", "1c", "2a", "2b"]);
    const items = sectionsOf(defaultProfile).flatMap((s) => s.items.map((i) => `${i.id}:${i.kind}`));
    expect(items).toEqual([
      "1a.figures:auto",
      "1a.vs-plan:auto",
      "1a.vs-2016:auto",
      "1a.fields:auto",
      "1b.policies:auto",
      "1b.programmes:auto",
      "1b.assessment:manual",
      "1c.difficulties:auto",
      "1c.causes:auto",
      "1c.cause-kinds:auto",
      "2a.basis-resolution:auto",
      "2a.basis-plan:auto",
      "2a.basis-results:auto",
      "2a.targets:auto",
      "2a.key-tasks:auto",
      "2a.breakthrough:auto",
      "2a.feasible:manual",
      "2b.national-assembly:auto",
      "2b.government:auto",
      "2b.ministry:auto",
    ]);
    expect(defaultProfile.documentItems.map((d) => d.id)).toEqual([
      "doc.agency",
      "doc.number",
      "doc.date",
      "doc.title",
      "doc.recipients",
      "doc.signature",
      "send.deadline",
      "send.email",
    ]);
    expect(defaultProfile.deadline).toBe("2017-12-20");
    expect(defaultProfile.email).toBe("phongkh@molisa.gov.vn");
    expect(defaultProfile.indicators).toHaveLength(14);
  });

  test("the 2017 profile lists the 63 provinces of 2017, cities marked", () => {
    const provinces = provincesOf(defaultProfile);
    expect(provinces).toHaveLength(63);
    expect(provinces.filter((p) => p.city).map((p) => p.name)).toEqual([
      "Hà Nội",
      "Hải Phòng",
      "Đà Nẵng",
      "Thành phố Hồ Chí Minh",
      "Cần Thơ",
    ]);
    expect(provinces.map((p) => p.name)).toContain("Hà Giang");
  });

  test.each([
    ["a missing field", (p: Record<string, any>) => delete p.email, "email", "phải là một chuỗi không rỗng"],
    ["a bad e-mail", (p: Record<string, any>) => (p.email = "phongkh"), "email", "thư điện tử"],
    ["a bad deadline", (p: Record<string, any>) => (p.deadline = "20/12/2017"), "deadline", "YYYY-MM-DD"],
    [
      "a wrong item kind",
      (p: Record<string, any>) => (p.groups[0].sections[2].items[1].kind = "automatic"),
      "groups[0].sections[2].items[1].kind",
      "auto",
    ],
    [
      "an item of another section",
      (p: Record<string, any>) => (p.groups[1].sections[0].items[0].id = "1a.basis"),
      "groups[1].sections[0].items[0].id",
      '"2a."',
    ],
    ["a duplicate section", (p: Record<string, any>) => (p.groups[1].sections[1].id = "1a"), "groups[1].sections[1].id", "trùng"],
    [
      "an auto item without cues",
      (p: Record<string, any>) => (p.groups[0].sections[0].items[0].cues = []),
      "groups[0].sections[0].items[0].cues",
      "không được rỗng",
    ],
    ["an unknown field", (p: Record<string, any>) => (p.layout.colour = "red"), "layout.colour", "không thuộc lược đồ"],
    [
      "a section without guidance",
      (p: Record<string, any>) => (p.groups[0].sections[1].guidance = []),
      "groups[0].sections[1].guidance",
      "không được rỗng",
    ],
    ["a non-number margin", (p: Record<string, any>) => (p.layout.marginsMm.left = "30mm"), "layout.marginsMm.left", "số"],
    ["a bad indicator direction", (p: Record<string, any>) => (p.indicators[0].better = "up"), "indicators[0].better", "higher"],
  ])("refuses %s, naming the field", (_name, mutate, field, problem) => {
    const error = refusal(mutate);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`"${field}"`);
    expect(error.message).toContain(problem);
  });

  test("refuses what is not an object", () => {
    expect(() => parseProfile(null)).toThrow(ProfileError);
    expect(() => parseProfile([])).toThrow(/gốc/);
  });
});

test("a section's number as the document shows it, beside the letter's id", () => {
  expect(sectionsOf(defaultProfile).map((s) => [s.id, sectionNumber(defaultProfile, s.id)])).toEqual([
    ["1a", "I.1"],
    ["1b", "I.2"],
    ["1c", "I.3"],
    ["2a", "II.1"],
    ["2b", "II.2"],
  ]);
});
