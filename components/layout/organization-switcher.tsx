"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";

import type { UserOrganization } from "@/lib/organizations/list-user-organizations";

type OrganizationSwitcherProps = { current: UserOrganization; organizations: UserOrganization[] };

export function OrganizationSwitcher({ current, organizations }: OrganizationSwitcherProps) {
  const router = useRouter();
  const newOrganizationLink = (
    <Link
      href="/organizations/new"
      className="whitespace-nowrap text-sm text-zinc-600 hover:text-zinc-900 hover:underline dark:text-zinc-400 dark:hover:text-white"
    >
      New organization
    </Link>
  );

  if (organizations.length <= 1) {
    return (
      <div className="flex items-center gap-3">
        <span className="text-sm font-medium">{current.name}</span>
        {newOrganizationLink}
      </div>
    );
  }
  return (
    <div className="flex items-center gap-3">
      <label className="flex items-center gap-2 text-sm">
        <span className="sr-only">Organization</span>
        <select
          value={current.id}
          onChange={(event) => router.push(`/organizations/${event.target.value}/integrations`)}
          className="rounded-md border border-zinc-300 bg-white py-1 pl-2 pr-8 text-sm font-medium dark:border-zinc-700 dark:bg-zinc-900"
        >
          {organizations.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </select>
      </label>
      {newOrganizationLink}
    </div>
  );
}
