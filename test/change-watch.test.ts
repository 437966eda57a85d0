import { ReportHost } from "../src/host/types";
import { ChangeWatch } from "../src/taskpane/change-watch";

/** What Word's API rejects with: an OfficeExtension.Error-like object, its code apart from its message. */
const generalException = () => ({ code: "GeneralException", message: "An internal error has occurred." });

const hostWith = (watch: ReportHost["watch"]) => ({ watch, readPlace: async () => ({ tags: [], text: "" }) }) as unknown as ReportHost;

test("a watch Word refuses tells why, Word's code and message, and never that the document changed", async () => {
  const started: (string | null)[] = [];
  let changed = 0;
  const watch = new ChangeWatch(
    hostWith(() => Promise.reject(generalException())),
    ["1a"],
    [],
    {
      changed: () => changed++,
      started: (failure) => started.push(failure),
    },
  );
  await watch.start();
  expect(started).toEqual(["GeneralException: An internal error has occurred."]);
  expect(changed).toBe(0);
});

test("a watch that works tells so once, and its edits as a change", async () => {
  const started: (string | null)[] = [];
  let changed = 0;
  let handler: Parameters<ReportHost["watch"]>[1] | null = null;
  const watch = new ChangeWatch(
    hostWith(async (_tags, onChange) => {
      handler = onChange;
      return () => (handler = null);
    }),
    ["1a"],
    [],
    { changed: () => changed++, started: (failure) => started.push(failure) },
  );
  await watch.start();
  expect(started).toEqual([null]);
  handler!({ kind: "content", tag: "1a" });
  expect(changed).toBe(1);
  expect(handler).toBeNull();
});

test("a watch stopped before Word answered says nothing, whatever Word answers", async () => {
  const started: (string | null)[] = [];
  let reject: (error: unknown) => void = () => undefined;
  const watch = new ChangeWatch(
    hostWith(() => new Promise((_, r) => (reject = r))),
    ["1a"],
    [],
    {
      changed: () => undefined,
      started: (failure) => started.push(failure),
    },
  );
  const starting = watch.start();
  watch.stop();
  reject(generalException());
  await starting;
  expect(started).toEqual([]);
});
