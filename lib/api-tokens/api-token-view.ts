import "server-only";

import type { Role } from "@/lib/generated/prisma/enums";

/** An API token as lists show it, without the token or its hash. */
export type ApiTokenView = {
  id: string;
  name: string;
  role: Role;
  /** The token's first characters, such as "sb_AbCdEfG". */
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** The columns of ApiTokenView, deliberately without tokenHash. */
export const API_TOKEN_VIEW_FIELDS = {
  id: true,
  name: true,
  role: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;
