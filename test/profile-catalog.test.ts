/**
 * The panes' catalog of built-in profiles (src/profiles/catalog.ts): what it says of each before loading it is
 * what the profile's file says, in the same order as the command line's, and what it loads is that file, valid.
 */
import { builtinCatalog, builtinProfiles, parseProfile } from "../src/profiles";

test("the entries name the built-in profiles, newest first, with their files' names and letters", () => {
  expect(builtinCatalog.map((e) => ({ id: e.id, name: e.name, letter: e.letter }))).toEqual(
    builtinProfiles.map((p) => ({ id: p.id, name: p.name, letter: { number: p.letter.number, date: p.letter.date } })),
  );
});

test.each(builtinCatalog.map((e) => [e.id, e] as const))("%s loads its own file, which the schema accepts as it is", async (id, entry) => {
  const loaded = await entry.load();
  expect(loaded.id).toBe(id);
  expect(parseProfile(loaded)).toEqual(loaded);
  expect(loaded).toEqual(builtinProfiles.find((p) => p.id === id));
});
