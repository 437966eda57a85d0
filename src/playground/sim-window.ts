import { SimDocument } from "../host/sim";

declare global {
  interface Window {
    /** The playground's simulated document, for the end-to-end tests and for poking at in the console. */
    __simDoc?: SimDocument;
  }
}

export function exposeSimDocument(doc: SimDocument): void {
  window.__simDoc = doc;
}
