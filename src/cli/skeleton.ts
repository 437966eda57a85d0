/**
 * `report-drafter skeleton`: writes the skeleton the add-in inserts as a .docx file (report-spec.md §7).
 */
import * as path from "path";
import { docxParts } from "../core/ooxml/package";
import { SkeletonFields } from "../core/skeleton/parts";
import { numberLine, parseIsoDate, placeNames, skeletonBodyXml, vietnameseDate } from "../core/skeleton/writer";
import { fold } from "../core/text";
import { zipParts } from "../host/docx/zip";
import { PROFILE_SETTING } from "../core/profile-choice";
import { builtinProfiles, provincesOf, ReportProfile } from "../profiles";
import { loadProfile } from "./inputs";
import type { CliIo, Command, CommandResult, ParsedArgs } from "./main";
import { writeAtomically, writeFailure } from "./output";

const LIST_PROVINCES = "report-drafter skeleton --list-provinces";

const HELP = `report-drafter skeleton: ghi khung báo cáo ra tệp .docx (write the report skeleton as a .docx file)

Cách dùng (usage):
  report-drafter skeleton --out TỆP.docx [--province TÊN] [--number SỐ] [--date YYYY-MM-DD]
                          [--signer HỌ_TÊN] [--deputy] [--agency-short KÝ_HIỆU] [--profile MÃ|TỆP.json]

Tùy chọn (options):
  --out TỆP.docx          tệp sẽ ghi, bắt buộc (output file, required)
  --province TÊN          tỉnh, thành phố, ví dụ "Thanh Hóa", "Hà Nội"; không cần gõ dấu (accents optional)
  --number SỐ             số văn bản, ví dụ 123; để trống thì ghi "…" (document number)
  --date YYYY-MM-DD       ngày ký, ví dụ ${builtinProfiles[0].year}-12-15 (signing date)
  --signer HỌ_TÊN         họ tên người ký (signer's name)
  --deputy                Phó Giám đốc ký thay: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" (signed by a deputy)
  --agency-short KÝ_HIỆU  chữ viết tắt tên Sở trong số ký hiệu, mặc định theo hồ sơ, ví dụ ${builtinProfiles[0].document.agencyShortDefault} (agency short name)
  --profile MÃ|TỆP.json   hồ sơ báo cáo: mã có sẵn (${builtinProfiles.map((p) => p.id).join(", ")}), mặc định hồ sơ
                          mới nhất, hoặc tệp JSON (report profile id or JSON file; the newest by default).
                          Tài liệu ghi nhớ hồ sơ này (the document remembers it).
  --list-provinces        in danh sách tên tỉnh, thành phố của hồ sơ (list the profile's province names)
  --help                  in hướng dẫn này (this help)

Ví dụ (example):
  report-drafter skeleton --out bao-cao.docx --province "Thanh Hóa" --number 123 --date ${builtinProfiles[0].year}-12-15 --signer "Nguyễn Văn A"
`;

/** Lower-case, without accents or punctuation, and without a leading "tỉnh" / "thành phố" / "TP". */
function provinceKey(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^(tinh|thanh pho|tp) /, "");
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The listed name the drafter meant, matching case- and accent-insensitively; otherwise a message. */
export function resolveProvince(profile: ReportProfile, input: string): { name: string } | { misuse: string } {
  const names = provincesOf(profile).map((p) => p.name);
  const key = provinceKey(input);
  const exact = names.find((name) => provinceKey(name) === key);
  if (exact) return { name: exact };
  // Suggest the closest names: those containing what was typed, else those a few typing slips away.
  const scored = names.map((name) => {
    const candidate = provinceKey(name);
    return { name, score: key.length > 1 && candidate.includes(key) ? 0 : editDistance(candidate, key) };
  });
  const best = Math.min(...scored.map((c) => c.score));
  const near =
    best <= (key.length < 4 ? 1 : Math.max(2, Math.floor(key.length / 4)))
      ? scored
          .filter((c) => c.score === best)
          .slice(0, 5)
          .map((c) => c.name)
      : [];
  return {
    misuse: [
      `Không có tỉnh, thành phố "${input}" trong danh sách ${names.length} tỉnh, thành phố năm ${profile.year} (unknown province).`,
      ...(near.length ? [`Có phải (did you mean): ${near.join(", ")}?`] : []),
      `Xem danh sách tên (list the names): ${LIST_PROVINCES}`,
    ].join("\n"),
  };
}

/** The drafter's options as skeleton fields, or what is wrong with them. */
function fieldsFrom(profile: ReportProfile, options: ParsedArgs["options"]): SkeletonFields | { misuse: string } {
  const text = (name: string) => {
    const value = options[name];
    return typeof value === "string" ? value.normalize("NFC").trim() : "";
  };
  let province = text("province");
  if (province) {
    const resolved = resolveProvince(profile, province);
    if ("misuse" in resolved) return resolved;
    province = resolved.name;
  }
  const number = text("number");
  if (number && !/^\d{1,7}$/.test(number)) {
    return {
      misuse: `Số văn bản "${number}" chỉ được gồm chữ số, ví dụ --number 123; phần /${profile.document.docTypeCode}-… được thêm tự động (number: digits only).`,
    };
  }
  const date = text("date");
  if (date && !parseIsoDate(date)) {
    return { misuse: `Ngày "${date}" không hợp lệ: ghi dạng YYYY-MM-DD, ví dụ --date ${profile.year}-12-15 (bad date).` };
  }
  const agencyShort = text("agency-short");
  if (agencyShort && !/^[\p{L}\p{N}-]+$/u.test(agencyShort)) {
    return { misuse: `Ký hiệu "${agencyShort}" chỉ gồm chữ, số và dấu gạch nối, ví dụ SLĐTBXH (agency short name).` };
  }
  return { province, number, date, agencyShort, signer: text("signer"), deputy: options.deputy === true };
}

function summary(profile: ReportProfile, fields: SkeletonFields, target: string): string {
  const names = placeNames(profile, fields.province);
  const date = parseIsoDate(fields.date);
  const { signature } = profile.document;
  const authority = fields.deputy ? `${signature.deputyPrefix} / ${signature.deputyTitle}` : signature.director;
  const missing = [
    !fields.province && "tỉnh, thành phố (--province)",
    !fields.number && "số (--number)",
    !date && "ngày (--date)",
    !fields.signer && "người ký (--signer)",
  ].filter((item): item is string => typeof item === "string");
  return [
    `Đã ghi khung báo cáo (skeleton written): ${target}`,
    `  Hồ sơ báo cáo (profile): ${profile.id}, ${profile.name.vi}`,
    `  ${names.parentAgency}`,
    `  ${numberLine(profile, fields)}`,
    `  ${names.place}, ${vietnameseDate(date, profile.year)}`,
    `  ${authority}: ${fields.signer || "…"}`,
    ...(missing.length ? [`Còn để trống, điền sau trong Word (still to fill): ${missing.join(", ")}`] : []),
    "",
  ].join("\n");
}

async function run(args: ParsedArgs, io: CliIo): Promise<CommandResult> {
  const given = await loadProfile(typeof args.options.profile === "string" ? args.options.profile : undefined, io.cwd);
  if (given !== null && "misuse" in given) return given;
  const profile = given ?? builtinProfiles[0];
  if (args.positionals.length) return { misuse: `Không hiểu tham số (unexpected argument): ${args.positionals.join(" ")}` };
  if (args.options["list-provinces"] === true) {
    const provinces = provincesOf(profile);
    const cities = provinces.filter((p) => p.city).map((p) => p.name);
    const others = provinces.filter((p) => !p.city).map((p) => p.name);
    io.stdout(`Thành phố trực thuộc trung ương (cities): ${cities.join(", ")}\nTỉnh (provinces): ${others.join(", ")}\n`);
    return 0;
  }
  const out = args.options.out;
  if (typeof out !== "string" || !out.trim()) return { misuse: "Thiếu --out TỆP.docx: tệp sẽ ghi (missing --out)." };
  if (!/\.docx$/i.test(out)) return { misuse: `Tệp ra "${out}" phải có đuôi .docx (the output must be a .docx file).` };
  const fields = fieldsFrom(profile, args.options);
  if ("misuse" in fields) return fields;

  const target = path.resolve(io.cwd, out);
  const bytes = zipParts(docxParts(profile, skeletonBodyXml(profile, fields), { [PROFILE_SETTING]: profile.id }));
  try {
    await writeAtomically(target, bytes);
  } catch (error) {
    io.stderr(writeFailure(target, error, "Word"));
    return 1;
  }
  io.stdout(summary(profile, fields, target));
  return 0;
}

export const skeletonCommand: Command = {
  name: "skeleton",
  summary: "ghi khung báo cáo ra tệp .docx (write the report skeleton as a .docx file)",
  help: HELP,
  options: {
    out: { takesValue: true },
    province: { takesValue: true },
    number: { takesValue: true },
    date: { takesValue: true },
    signer: { takesValue: true },
    deputy: { takesValue: false },
    "agency-short": { takesValue: true },
    "list-provinces": { takesValue: false },
    profile: { takesValue: true },
  },
  run,
};
