import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names, skipping false, null and undefined values.
 *
 * It does not merge conflicting Tailwind classes, so a caller's `className`
 * should add classes rather than override ones the component already sets.
 */
export function cn(...classes: ClassValue[]): string {
  return clsx(classes);
}
