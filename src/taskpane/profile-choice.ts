import { useCallback, useEffect, useRef, useState } from "react";
import type { ProfileChoice } from "../core/profile-choice";
import { errorDetail } from "../host/error-detail";
import { ReportHost } from "../host/types";
import { ProfileEntry } from "../profiles/catalog";
import { ReportProfile } from "../profiles/schema";

/**
 * The profile the pane works with, and where it came from: the document's settings name it ("stored"), its opening
 * cites the letter ("letter"), the drafter picked it ("picked"), or nothing named one and the newest is offered
 * ("newest").
 */
export interface PaneProfile {
  entry: ProfileEntry;
  source: "stored" | "letter" | "picked" | "newest";
  /** A profile id the document names that is not built in. */
  unknownStored?: string;
}

export interface ProfileChoiceState {
  choice: PaneProfile;
  /** The built-in profiles to choose from, newest first. */
  entries: readonly ProfileEntry[];
  /** The profile last loaded: the chosen one, or the one before it while the chosen one loads; null at first. */
  profile: ReportProfile | null;
  /** The chosen profile is still loading: what `profile` holds is the one before it. */
  loading: boolean;
  /** Why the chosen profile could not be loaded, for "Chi tiết"; null when it could. */
  loadError: string | null;
  /** The drafter picks a profile (only offered while the document names none). */
  pick(id: string): void;
  /** The document now names the profile in use (the skeleton went in with it). */
  stored(): void;
  /**
   * What core/profile-choice.ts found in the whole document, and that profile loaded: while neither the document
   * nor the drafter named a profile, the letter its opening cites decides.
   */
  detected(found: ProfileChoice<ProfileEntry>, profile: ReportProfile): void;
}

function initialChoice(host: ReportHost, entries: readonly ProfileEntry[]): PaneProfile {
  const id = host.loadProfileId();
  const named = entries.find((e) => e.id === id);
  if (named) return { entry: named, source: "stored" };
  return { entry: entries[0], source: "newest", ...(id !== null ? { unknownStored: id } : {}) };
}

/** The pane's profile: named by the document once, then as the drafter and the document say; loaded when chosen. */
export function useProfileChoice(host: ReportHost, entries: readonly ProfileEntry[]): ProfileChoiceState {
  const [choice, setChoice] = useState(() => initialChoice(host, entries));
  const [profile, setProfile] = useState<ReportProfile | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** Profiles once loaded, by id: going back to one does not load it again. */
  const loaded = useRef(new Map<string, ReportProfile>());

  useEffect(() => {
    const { entry } = choice;
    const known = loaded.current.get(entry.id);
    if (known) {
      setProfile(known);
      setLoadError(null);
      return;
    }
    let current = true;
    entry.load().then(
      (found) => {
        loaded.current.set(entry.id, found);
        if (!current) return;
        setProfile(found);
        setLoadError(null);
      },
      (error: unknown) => current && setLoadError(errorDetail(error)),
    );
    return () => {
      current = false;
    };
  }, [choice]);

  const pick = useCallback(
    (id: string) => {
      const picked = entries.find((e) => e.id === id);
      if (picked) setChoice((before) => ({ ...before, entry: picked, source: "picked" }));
    },
    [entries],
  );
  const stored = useCallback(() => setChoice((before) => ({ ...before, source: "stored" })), []);
  const detected = useCallback((found: ProfileChoice<ProfileEntry>, loadedProfile: ReportProfile) => {
    loaded.current.set(found.profile.id, loadedProfile);
    setChoice((before) => {
      if (before.source !== "newest") return before;
      if (found.reason === "stored") return { entry: found.profile, source: "stored" };
      if (found.reason === "letter") return { ...before, entry: found.profile, source: "letter" };
      return before;
    });
  }, []);
  const loading = profile === null || profile.id !== choice.entry.id;
  return { choice, entries, profile, loading, loadError, pick, stored, detected };
}
