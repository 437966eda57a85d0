import { escapeXml } from "../core/ooxml/escape";
import { SimDocument } from "../host/sim";

/** A drafter's working notes: ordinary text the skeleton must go between without touching. */
const SAMPLE_PARAGRAPHS = [
  "Phòng Kế hoạch - Tài chính đã tổng hợp số liệu của các huyện, thị xã, thành phố đến hết ngày 30/11/2017; số liệu tháng 12 sẽ được cập nhật trước khi trình Giám đốc ký.",
  "Đặt khung báo cáo ngay sau đoạn này, rồi chép các số liệu đã tổng hợp vào từng mục.",
  "Lưu ý: gửi bản điện tử về Vụ Kế hoạch - Tài chính qua địa chỉ phongkh@molisa.gov.vn sau khi văn bản được ký.",
];

/** The playground's starting document, with the cursor at the end of the paragraph that asks for the skeleton. */
export function sampleDocument(): SimDocument {
  const paragraphs = SAMPLE_PARAGRAPHS.map(
    (text) =>
      '<w:p><w:pPr><w:spacing w:after="120"/><w:ind w:firstLine="720"/><w:jc w:val="both"/></w:pPr>' +
      `<w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`,
  );
  const doc = SimDocument.fromBody(paragraphs.join(""));
  doc.placeCursor(1, "end");
  return doc;
}
