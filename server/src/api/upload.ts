// The body of POST /imports: multipart/form-data, one `files` part per file (its filename is the
// file's name in the log and the report) and an optional `publishThrough` field. Read into memory,
// because validation reads each file whole; LIMITS bound every part and the upload as a whole,
// and anything else in the body is a 400 rather than silently dropped.
import type { FastifyRequest } from 'fastify';
import { LIMITS } from '../../../src/api/import-formats';
import { monthString } from '../../../src/api/schemas';
import type { ImportFile } from '../import/validate';
import { ApiProblem, badRequest } from './problem';

export const FILES_FIELD = 'files';
export const PUBLISH_FIELD = 'publishThrough';
/** A file name longer than this is no name a person gave a file. */
const NAME_CHARS = 255;
/** publishThrough is 7 characters; a field this long is not one. */
const FIELD_BYTES = 1024;

const MIB = 1024 * 1024;

export interface Upload {
  files: ImportFile[];
  publishThrough: string | undefined;
}

export function tooLarge(detail: string): ApiProblem {
  return new ApiProblem(413, 'Content Too Large', detail);
}

export const requestTooLarge = () =>
  tooLarge(`An upload may have at most ${LIMITS.requestBytes / MIB} MiB, all its files together`);
const fileTooLarge = () => tooLarge(`A file may have at most ${LIMITS.fileBytes / MIB} MiB`);

/** The busboy limits the plugin enforces (it never applies Fastify's bodyLimit to multipart). */
export const MULTIPART_LIMITS = {
  fileSize: LIMITS.fileBytes,
  files: LIMITS.files,
  fields: 10,
  fieldSize: FIELD_BYTES,
  fieldNameSize: 100,
  parts: LIMITS.files + 10,
  headerPairs: 100,
};

/** The plugin's errors (by their stable codes) as the contract's problems; others pass unchanged. */
function multipartProblem(error: unknown): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return fileTooLarge();
    case 'FST_FILES_LIMIT':
      return tooLarge(`An upload may hold at most ${LIMITS.files} files`);
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return tooLarge(`An upload may hold at most ${LIMITS.files} files and the field "${PUBLISH_FIELD}"`);
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return badRequest(`Only "${FILES_FIELD}" parts and a "${PUBLISH_FIELD}" field are accepted`);
    case 'FST_MP_PREMATURE_CLOSE':
      return badRequest('The upload ended before its last part');
    default:
      // busboy's own errors (no boundary, a malformed part header, a body cut short) have no code.
      return error instanceof Error && !(error instanceof ApiProblem) && code === undefined
        ? badRequest(`The body is not valid multipart/form-data: ${error.message}`)
        : error;
  }
}

/** The name a file is logged and reported by: without a path some clients send along. */
function fileName(raw: string): string {
  const name = raw.split(/[/\\]/).pop()?.trim() ?? '';
  if (name === '') throw badRequest(`Every "${FILES_FIELD}" part needs a filename`);
  if (name.length > NAME_CHARS) throw badRequest(`A file name may have at most ${NAME_CHARS} characters`);
  return name;
}

export async function readUpload(request: FastifyRequest): Promise<Upload> {
  const files: ImportFile[] = [];
  const names = new Set<string>();
  let publishThrough: string | undefined;
  let publishSeen = false;
  let total = 0;
  try {
    for await (const part of request.parts({ limits: MULTIPART_LIMITS })) {
      if (part.type === 'field') {
        if (part.fieldname !== PUBLISH_FIELD)
          throw badRequest(
            part.fieldname === FILES_FIELD
              ? `"${FILES_FIELD}" parts must be files (with a filename)`
              : `Unknown field "${part.fieldname}": only "${FILES_FIELD}" parts and "${PUBLISH_FIELD}" are accepted`,
          );
        if (publishSeen) throw badRequest(`Field "${PUBLISH_FIELD}" must be given at most once`);
        publishSeen = true;
        const value = typeof part.value === 'string' ? part.value.trim() : '';
        if (part.valueTruncated || !monthString.safeParse(value).success)
          throw badRequest(`Field "${PUBLISH_FIELD}" must be a month "YYYY-MM", got "${value.slice(0, 40)}"`);
        publishThrough = value;
        continue;
      }
      if (part.fieldname !== FILES_FIELD)
        throw badRequest(`A file part must be named "${FILES_FIELD}", not "${part.fieldname}"`);
      const name = fileName(part.filename);
      if (names.has(name)) throw badRequest(`Two files are named "${name}": names must differ`);
      names.add(name);
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) {
        const bytes = chunk as Buffer;
        total += bytes.length;
        if (total > LIMITS.requestBytes) throw requestTooLarge();
        chunks.push(bytes);
      }
      // The plugin also raises this on the next part; a file that is the last part ends here.
      if (part.file.truncated) throw fileTooLarge();
      const whole = Buffer.concat(chunks);
      files.push({ name, bytes: new Uint8Array(whole.buffer, whole.byteOffset, whole.length) });
    }
  } catch (error) {
    throw multipartProblem(error);
  }
  return { files, publishThrough };
}
