"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { useRef, type ComponentProps } from "react";

import { integrationName, makeActiveLabel } from "@/components/integrations/integration-names";
import {
  canCheckNow,
  canMakeActive,
  type IntegrationRowHandlers,
  type IntegrationRowModel,
} from "@/components/integrations/integration-row-model";
import { integrationPath } from "@/components/routing/routing-paths";
import { Button, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { useHydrated } from "@/components/ui/use-hydrated";

export type IntegrationRowActionsProps = {
  organizationId: string;
  row: IntegrationRowModel;
  handlers: IntegrationRowHandlers;
};

const itemClasses = cn(
  "flex h-8 cursor-default select-none items-center rounded px-2.5 text-sm text-zinc-800 outline-none",
  "data-[highlighted]:bg-zinc-100 data-[disabled]:pointer-events-none data-[disabled]:opacity-50",
  "dark:text-zinc-200 dark:data-[highlighted]:bg-zinc-800",
);

/**
 * A row's "Edit" link and its menu: "Check now", "Make this the active …
 * integration" when another of the provider is active, and "Delete…".
 */
export function IntegrationRowActions({ organizationId, row, handlers }: IntegrationRowActionsProps) {
  const name = integrationName(row.integration);
  // The server renders only the menu's button, in the markup Radix gives it
  // while closed, and the menu itself mounts in the browser right after
  // hydration. A Radix menu in each of 100 rows took about a tenth of the
  // page's server rendering time, and a menu cannot open before hydration anyway.
  const hydrated = useHydrated();

  return (
    <div className="flex items-center justify-end gap-1">
      <Link href={integrationPath(organizationId, row.integration.id)} className={buttonClasses("ghost", "sm")}>
        Edit<span className="sr-only"> the {name}</span>
      </Link>
      {hydrated ? (
        <RowMenu row={row} name={name} handlers={handlers} />
      ) : (
        <MenuButton
          name={name}
          data-menu-for={row.integration.id}
          aria-haspopup="menu"
          aria-expanded={false}
          data-state="closed"
        />
      )}
    </div>
  );
}

type MenuButtonProps = ComponentProps<typeof Button> & { name: string };

/** Renders the "…" button that opens a row's menu. */
function MenuButton({ name, ...props }: MenuButtonProps) {
  return (
    <Button type="button" variant="ghost" size="sm" aria-label={`More actions for the ${name}`} className="px-2" {...props}>
      <MoreIcon />
    </Button>
  );
}

/**
 * Renders the row's menu as a Radix dropdown, so it opens with Enter, Space or
 * the arrow keys and returns focus to its button when it closes.
 */
function RowMenu({ row, name, handlers }: { row: IntegrationRowModel; name: string; handlers: IntegrationRowHandlers }) {
  const { integration } = row;
  const busy = row.activityLabel !== null;
  // The delete dialog opens once the menu has closed and put focus back on its
  // trigger, so the dialog returns focus there when it closes.
  const deleteRequested = useRef(false);
  const menuTrigger = useRef<HTMLButtonElement>(null);

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <MenuButton ref={menuTrigger} name={name} data-menu-for={integration.id} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          collisionPadding={8}
          className="z-50 min-w-[14rem] rounded-md border border-zinc-200 bg-white p-1 shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
          onCloseAutoFocus={() => {
            if (!deleteRequested.current) return;
            deleteRequested.current = false;
            handlers.requestDelete(integration, menuTrigger.current);
          }}
        >
          {canCheckNow(row) ? (
            <DropdownMenu.Item className={itemClasses} disabled={busy} onSelect={() => handlers.checkNow(integration)}>
              Check now
            </DropdownMenu.Item>
          ) : null}
          {canMakeActive(row) ? (
            <DropdownMenu.Item className={itemClasses} disabled={busy} onSelect={() => handlers.makeActive(integration)}>
              {makeActiveLabel(integration)}
            </DropdownMenu.Item>
          ) : null}
          {canCheckNow(row) || canMakeActive(row) ? (
            <DropdownMenu.Separator className="my-1 h-px bg-zinc-200 dark:bg-zinc-800" />
          ) : null}
          <DropdownMenu.Item
            className={cn(itemClasses, "text-red-700 data-[highlighted]:bg-red-50 dark:text-red-400 dark:data-[highlighted]:bg-red-950/60")}
            disabled={busy}
            onSelect={() => {
              deleteRequested.current = true;
            }}
          >
            Delete…
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/** Three horizontal dots; the trigger's aria-label names the menu. */
function MoreIcon() {
  return (
    <svg viewBox="0 0 16 16" width={16} height={16} fill="currentColor" aria-hidden="true" focusable="false">
      <circle cx="3.5" cy="8" r="1.25" />
      <circle cx="8" cy="8" r="1.25" />
      <circle cx="12.5" cy="8" r="1.25" />
    </svg>
  );
}
