import molisa5121 from "../../src/profiles/molisa-5121-2017.json";
import { parseProfile, ProfileError } from "../../src/profiles";

/** The 5121 profile as plain JSON, to break one field of it. */
export const cloneProfile = (): Record<string, any> => JSON.parse(JSON.stringify(molisa5121));

/** The error parseProfile gives for the 5121 profile changed by `mutate`; fails if the broken profile is accepted. */
export function refusal(mutate: (p: Record<string, any>) => void): ProfileError {
  const data = cloneProfile();
  mutate(data);
  try {
    parseProfile(data);
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  throw new Error("the broken profile was accepted");
}
