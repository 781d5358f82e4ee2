import Link from "next/link";

import { NavigationLinks } from "@/components/layout/navigation-links";
import { OrganizationSwitcher } from "@/components/layout/organization-switcher";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { UserOrganization } from "@/lib/organizations/list-user-organizations";

type OrganizationHeaderProps = {
  organization: UserOrganization;
  organizations: UserOrganization[];
  navigation: { href: string; label: string }[];
  userEmail: string;
};

export function OrganizationHeader({ organization, organizations, navigation, userEmail }: OrganizationHeaderProps) {
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-zinc-900">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/organizations" className="text-sm font-semibold uppercase tracking-widest text-indigo-600 dark:text-indigo-400">
          Switchboard
        </Link>
        <OrganizationSwitcher current={organization} organizations={organizations} />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <Link href="/docs/api" className="text-zinc-600 hover:text-zinc-900 hover:underline dark:text-zinc-400 dark:hover:text-white">
            API reference
          </Link>
          <span className="hidden text-zinc-600 sm:inline dark:text-zinc-400">
            {userEmail} · <span className="capitalize">{organization.role}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <NavigationLinks items={navigation} />
      </div>
    </header>
  );
}
