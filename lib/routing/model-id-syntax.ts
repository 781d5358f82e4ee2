import "server-only";

/** The maximum length of a model id that matching considers, in UTF-16 code units. */
export const MAX_MODEL_ID_LENGTH = 200;

const WHITESPACE_OR_CONTROL = /[\s\p{Cc}]/u;

/**
 * Returns whether `modelId` can name a model at all: not empty, at most
 * MAX_MODEL_ID_LENGTH long, and free of whitespace and control characters.
 * Such an id is rejected rather than trimmed, because the caller would
 * otherwise be routed under an id it did not send.
 */
export function isWellFormedModelId(modelId: string): boolean {
  return modelId.length > 0 && modelId.length <= MAX_MODEL_ID_LENGTH && !WHITESPACE_OR_CONTROL.test(modelId);
}

export type VariantRule = "dated_snapshot" | "latest_alias";

/** A model id split into the family name it may belong to and the suffix rule that names the variant. */
export type VariantSuffix = { stem: string; rule: VariantRule };

// Each expression anchors at the end of the id, so the stem is everything
// before the suffix and never a shorter prefix of it.
const OPENAI_DATE_SUFFIX = /^(.+)-(\d{4})-(\d{2})-(\d{2})$/;
const ANTHROPIC_DATE_SUFFIX = /^(.+)-(\d{4})(\d{2})(\d{2})$/;
const LATEST_SUFFIX = /^(.+)-latest$/;

/**
 * Splits a variant suffix off `modelId`: an OpenAI-style date "-YYYY-MM-DD",
 * an Anthropic-style date "-YYYYMMDD" or "-latest". A date needs a month of
 * 01–12 and a day of 01–31. Returns null when the id ends in none of them.
 * At most one suffix form can fit a given id, so the result is unique.
 */
export function splitVariantSuffix(modelId: string): VariantSuffix | null {
  const dated = OPENAI_DATE_SUFFIX.exec(modelId) ?? ANTHROPIC_DATE_SUFFIX.exec(modelId);
  if (dated) {
    const [, stem, , month, day] = dated;
    return isPlausibleMonthAndDay(month, day) ? { stem, rule: "dated_snapshot" } : null;
  }

  const latest = LATEST_SUFFIX.exec(modelId);
  if (latest) return { stem: latest[1], rule: "latest_alias" };

  return null;
}

function isPlausibleMonthAndDay(month: string, day: string): boolean {
  const monthNumber = Number(month);
  const dayNumber = Number(day);
  return monthNumber >= 1 && monthNumber <= 12 && dayNumber >= 1 && dayNumber <= 31;
}
