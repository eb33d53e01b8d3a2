/**
 * A namespace of messages for one view or shared part. English defines the keys; Vietnamese and
 * French must have exactly the same ones (the type checker says which is missing).
 */
export function defineMessages<const E extends Record<string, string>>(messages: {
  en: E;
  vi: Record<keyof E, string>;
  fr: Record<keyof E, string>;
}) {
  return messages;
}
