import { useCallback, useState } from "react";
import type { ProfileChoice } from "../core/profile-choice";
import { ReportHost } from "../host/types";
import { ReportProfile } from "../profiles/schema";

/**
 * The profile the pane works with, and where it came from: the document's settings name it ("stored"), its opening
 * cites the letter ("letter"), the drafter picked it ("picked"), or nothing named one and the newest is offered
 * ("newest").
 */
export interface PaneProfile {
  profile: ReportProfile;
  source: "stored" | "letter" | "picked" | "newest";
  /** A profile id the document names that is not built in. */
  unknownStored?: string;
}

export interface ProfileChoiceState {
  choice: PaneProfile;
  /** The profiles to choose from, newest first. */
  profiles: readonly ReportProfile[];
  /** The drafter picks a profile (only offered while the document names none). */
  pick(id: string): void;
  /** The document now names the profile in use (the skeleton went in with it). */
  stored(): void;
  /**
   * What core/profile-choice.ts found in the whole document: while neither the document nor the drafter named a
   * profile, the letter its opening cites decides.
   */
  detected(found: ProfileChoice): void;
}

function initialChoice(host: ReportHost, profiles: readonly ReportProfile[]): PaneProfile {
  const id = host.loadProfileId();
  const named = profiles.find((p) => p.id === id);
  if (named) return { profile: named, source: "stored" };
  return { profile: profiles[0], source: "newest", ...(id !== null ? { unknownStored: id } : {}) };
}

/** The pane's profile: read from the document once, then as the drafter and the document say. */
export function useProfileChoice(host: ReportHost, profiles: readonly ReportProfile[]): ProfileChoiceState {
  const [choice, setChoice] = useState(() => initialChoice(host, profiles));
  const pick = useCallback(
    (id: string) => {
      const picked = profiles.find((p) => p.id === id);
      if (picked) setChoice((before) => ({ ...before, profile: picked, source: "picked" }));
    },
    [profiles],
  );
  const stored = useCallback(() => setChoice((before) => ({ ...before, source: "stored" })), []);
  const detected = useCallback(
    (found: ProfileChoice) =>
      setChoice((before) => {
        if (before.source !== "newest") return before;
        if (found.reason === "stored") return { profile: found.profile, source: "stored" };
        if (found.reason === "letter") return { ...before, profile: found.profile, source: "letter" };
        return before;
      }),
    [],
  );
  return { choice, profiles, pick, stored, detected };
}
