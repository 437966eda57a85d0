import { docxParts } from "../core/ooxml/package";
import { zipParts } from "../host/docx/zip";
import { SimDocument } from "../host/sim";
import { ReportProfile } from "../profiles/schema";

/**
 * The simulated document as a real .docx: its body in the package the command line writes (the profile's
 * styles, A4 section and page numbers), so what the playground made can be opened in Word or LibreOffice. The
 * add-in's settings saved with saveAsync go in too, as Word keeps them, so the command line sees the ticks.
 */
export function simulatedDocx(doc: SimDocument, profile: ReportProfile): Uint8Array {
  return zipParts(docxParts(profile, doc.bodyContentXml(), doc.savedSettings));
}

export function downloadDocx(bytes: Uint8Array, fileName: string): void {
  // A copy, because Blob takes only views over a plain ArrayBuffer and zip's output type does not promise one.
  const url = URL.createObjectURL(
    new Blob([new Uint8Array(bytes)], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }),
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download by the time the next task runs.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
