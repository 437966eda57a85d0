import { Block, DocModel, Paragraph, Table } from "../../src/core/model";

export type ParagraphSpec = string | (Partial<Omit<Paragraph, "kind" | "index">> & { text: string });
export type BlockSpec = ParagraphSpec | { table: ParagraphSpec[][]; tags?: string[] };

/** A small DocModel from plain specs: strings are body paragraphs, `{ table }` a table of cell paragraphs. */
export function docOf(specs: BlockSpec[], extra: Partial<Omit<DocModel, "blocks">> = {}): DocModel {
  let index = 0;
  const paragraph = (spec: ParagraphSpec, inTable: boolean): Paragraph => {
    const fields = typeof spec === "string" ? { text: spec } : spec;
    return {
      kind: "paragraph",
      index: index++,
      numbered: false,
      bold: false,
      italic: false,
      fonts: [],
      sizesHalfPt: [],
      tags: [],
      placeholder: false,
      inTable,
      ...fields,
    };
  };
  const blocks: Block[] = specs.map((spec): Block => {
    if (typeof spec === "object" && "table" in spec) {
      const paragraphs: Paragraph[] = [];
      const rows = spec.table.map((row) =>
        row.map((cell) => {
          const p = paragraph(cell, true);
          paragraphs.push(p);
          return p.text;
        }),
      );
      const table: Table = { kind: "table", rows, tags: spec.tags ?? [], paragraphs };
      return table;
    }
    return paragraph(spec, false);
  });
  return { blocks, comments: [], trackedChanges: { insertions: 0, deletions: 0, samples: [] }, settings: {}, ...extra };
}

const bold = (text: string): ParagraphSpec => ({ text, bold: true });

/** A complete report as a drafter might type it without the skeleton: every rule passes on it. */
export const GOOD_REPORT: BlockSpec[] = [
  {
    table: [
      ["UBND TỈNH THANH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      [bold("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), bold("Độc lập - Tự do - Hạnh phúc")],
      ["Số: 123/BC-SLĐTBXH", "Thanh Hóa, ngày 15 tháng 12 năm 2017"],
    ],
  },
  bold("BÁO CÁO"),
  bold("Đánh giá tình hình thực hiện năm 2017; nhiệm vụ, giải pháp thực hiện kế hoạch năm 2018"),
  "Kính gửi: Bộ Lao động - Thương binh và Xã hội",
  "Thực hiện Công văn số 5121/LĐTBXH-KHTC ngày 07/12/2017, Sở báo cáo như sau:",
  bold("I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN CHỈ TIÊU, NHIỆM VỤ NĂM 2017"),
  bold("1. Kết quả thực hiện các chỉ tiêu, nhiệm vụ năm 2017"),
  "Giải quyết việc làm cho 19.850 người, đạt 104,5% kế hoạch năm, tăng 3,2% so với năm 2016.",
  "Các lĩnh vực giáo dục nghề nghiệp, đưa người lao động đi làm việc ở nước ngoài, bảo hiểm xã hội, người có công, giảm nghèo, bảo trợ xã hội, trẻ em đều đạt kết quả tốt.",
  bold("2. Đánh giá việc triển khai thực hiện cơ chế, chính sách pháp luật, chương trình, đề án"),
  "Triển khai Nghị định 61/2015/NĐ-CP và chính sách hỗ trợ việc làm; Chương trình mục tiêu giáo dục nghề nghiệp đạt kết quả.",
  bold("3. Khó khăn, tồn tại và nguyên nhân"),
  "Còn khó khăn trong giải quyết việc làm ở nông thôn. Nguyên nhân khách quan là do kinh tế chậm; nguyên nhân chủ quan là công tác phối hợp còn hạn chế.",
  bold("II. CHỈ TIÊU, NHIỆM VỤ NĂM 2018"),
  bold("1. Chỉ tiêu, nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch năm 2018"),
  "Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, Kế hoạch phát triển kinh tế - xã hội 5 năm 2016 - 2020 và kết quả thực hiện năm 2017, phấn đấu giải quyết việc làm cho 20.000 người.",
  "Nhiệm vụ trọng tâm là giáo dục nghề nghiệp; giải pháp đột phá là kết nối cung cầu lao động.",
  bold("2. Đề xuất, kiến nghị"),
  "Đề nghị Quốc hội sửa đổi Luật Việc làm; đề nghị Chính phủ bố trí vốn; đề nghị Bộ Lao động - Thương binh và Xã hội hướng dẫn.",
  {
    table: [
      [{ text: "Nơi nhận:", bold: true, italic: true }, bold("KT. GIÁM ĐỐC")],
      ["- Bộ LĐTBXH (Vụ KHTC);", bold("PHÓ GIÁM ĐỐC")],
      ["- UBND tỉnh (để báo cáo);", ""],
      ["- Lưu: VT, KHTC.", bold("Nguyễn Văn A")],
    ],
  },
];
