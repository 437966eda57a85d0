import { SkeletonFields } from "../../src/core/skeleton/parts";

/** What a drafter in Thanh Hóa fills in the Soạn view, for tests that insert the skeleton. */
export const FIELDS: SkeletonFields = {
  province: "Thanh Hóa",
  agencyShort: "SLĐTBXH",
  number: "123",
  date: "2017-12-15",
  signer: "Nguyễn Văn A",
  deputy: false,
};
