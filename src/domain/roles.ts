export const ROLES = ["citizen", "registrar", "executor", "head", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ORGANIZATION_KINDS = [
  "provider",
  "state_corporation",
  "akimat",
  "quality_authority",
  "informatization_authority",
  "ministry",
  "contact_centre",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
