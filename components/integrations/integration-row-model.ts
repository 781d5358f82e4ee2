import type { IntegrationRowView } from "@/lib/integrations/integration-row-view";

/** One row or card of the list: the integration and the state derived from the changes in flight. */
export type IntegrationRowModel = {
  integration: IntegrationRowView;
  /** Text for a change in flight, such as "Checking with OpenAI…", or null. */
  activityLabel: string | null;
  /** The provider's other active integration, which switching this one on would replace. */
  activeSibling: IntegrationRowView | null;
  /** True after switching this one on failed because another is active, until a later change succeeds. */
  offerReplace: boolean;
};

/** The callbacks the rows call to change an integration. */
export type IntegrationRowHandlers = {
  switchActive: (integration: IntegrationRowView, active: boolean) => void;
  /** Switches the integration on and its provider's active one off, in one change. */
  makeActive: (integration: IntegrationRowView) => void;
  checkNow: (integration: IntegrationRowView) => void;
  /** Opens the delete confirmation; focus returns to `openedFrom` when it closes. */
  requestDelete: (integration: IntegrationRowView, openedFrom: HTMLElement | null) => void;
};

/** Returns whether the row may offer "Make this the active … integration". */
export function canMakeActive(row: IntegrationRowModel): boolean {
  return !row.integration.isActive && row.activeSibling !== null;
}

/** Returns whether "Check now" applies: Aitronos takes no key, and without a stored key there is nothing to check. */
export function canCheckNow(row: IntegrationRowModel): boolean {
  return row.integration.providerName !== "aitronos" && row.integration.hasKey;
}
