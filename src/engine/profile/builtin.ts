import { ProfileSchema, type Profile } from "./schema";
import shenzhen from "./builtin/shenzhen.json";
import central from "./builtin/central.json";

/** Profiles shipped with budget-check, by id. Parsed through the schema so the JSON files cannot drift. */
export const BUILTIN_PROFILES: Record<string, Profile> = {
  shenzhen: ProfileSchema.parse(shenzhen),
  central: ProfileSchema.parse(central),
};
export const DEFAULT_PROFILE_ID = "shenzhen";

export function builtinProfile(id: string): Profile | undefined {
  // Own keys only: "constructor", "__proto__" or "toString" name no profile.
  return Object.hasOwn(BUILTIN_PROFILES, id) ? BUILTIN_PROFILES[id] : undefined;
}
