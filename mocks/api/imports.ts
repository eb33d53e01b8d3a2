// v1.1 POST /imports and GET /imports in the embedded mock. Its one caller is a viewer (/me), and
// importing (or reading the log) needs the editor role, so both answer the 403 problem the
// reference server sends a viewer: the dashboard's import page sees the refusal it must handle.
import { problemResponse } from './problem';

export const IMPORTS_PATH = '/imports';

export const IMPORT_FORBIDDEN =
  'Importing needs the editor role, and this demo has no sign-in, so its caller is a viewer: import into the reference server (npm run antt -- import, or POST /imports with an editor’s token)';

/** The answer to GET and POST /imports. Nothing is read from the request body. */
export function importRefusal(): Response {
  return problemResponse(403, 'Forbidden', IMPORT_FORBIDDEN);
}
