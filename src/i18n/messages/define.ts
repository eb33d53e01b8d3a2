import { registerMessages } from '../catalog';

/**
 * A namespace of messages for one view or shared part. English defines the keys; Vietnamese and
 * French must have exactly the same ones (the type checker says which is missing).
 *
 * Defining a namespace registers it: a module that uses its keys imports the namespace module
 * (`import '…/messages/views/wards'`), so the messages load with that module's chunk and are there
 * before it renders. tests/i18n-registration.test.ts checks every module that uses a key does so.
 */
export function defineMessages<const E extends Record<string, string>>(messages: {
  en: E;
  vi: Record<keyof E, string>;
  fr: Record<keyof E, string>;
}) {
  registerMessages(messages);
  return messages;
}
