"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavigationLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    // The tabs wrap onto a second line on narrow screens rather than scroll, so none is hidden off screen.
    <nav aria-label="Organization" className="-mb-px flex flex-wrap gap-x-1">
      {items.map((item) => {
        const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? "page" : undefined}
            className={`whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${
              current
                ? "border-indigo-600 text-zinc-900 dark:border-indigo-400 dark:text-white"
                : "border-transparent text-zinc-600 hover:border-zinc-300 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-white"
            }`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
