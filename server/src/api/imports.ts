// POST /imports (import or, with ?check=true, only validate a province's files) and GET /imports
// (the import log), contract v1.1. Both need the editor role: without sign-in configured every
// caller is an anonymous viewer, so an open server never takes uploads (the CLI imports there).
// An editor writes within their area only (validate.ts refuses rows of wards outside it) and sees
// the log entries of imports made within it.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { LIMITS } from '../../../src/api/import-formats';
import type { ImportLog, ImportRejected, ImportResult } from '../../../src/api/import-schemas';
import { ANONYMOUS } from '../auth/hook';
import type { Caller } from '../caller';
import type { Db } from '../db/db';
import { readLog } from '../import/log';
import { ImportQueue } from '../import/serial';
import type { DataCache } from './cache';
import { ApiProblem, PROBLEM_CONTENT_TYPE } from './problem';
import { Query } from './query';
import { MULTIPART_LIMITS, readUpload, requestTooLarge } from './upload';

export const IMPORTS_PATH = '/imports';

const isEditor = (caller: Caller) => caller.roles.includes('editor') || caller.roles.includes('admin');

async function requireEditor(request: FastifyRequest): Promise<void> {
  if (isEditor(request.caller)) return;
  throw new ApiProblem(
    403,
    'Forbidden',
    request.caller === ANONYMOUS
      ? 'Importing needs the editor role, and this server has no sign-in configured (AUTH_ISSUER), so every caller is a viewer: sign-in must be set up to import over HTTP, or import with the command line (npm run antt -- import)'
      : 'Importing needs the editor role (or admin); this account has neither',
  );
}

function checkParam(request: FastifyRequest): boolean {
  return new Query(request.url).oneOf('check', ['true', 'false']) === 'true';
}

/** Everything decidable from the headers, before a byte of the upload is read. */
async function checkUploadHeaders(request: FastifyRequest): Promise<void> {
  checkParam(request);
  const type = request.headers['content-type'] ?? '';
  if (!/^multipart\/form-data\b/i.test(type))
    throw new ApiProblem(
      415,
      'Unsupported Media Type',
      `Send the files as multipart/form-data (one "files" part per file), not ${type.split(';')[0] || 'no content type'}`,
    );
  if (Number(request.headers['content-length'] ?? 0) > LIMITS.requestBytes) throw requestTooLarge();
}

/**
 * The area the caller may write and whose imports they see: null for the whole data set (no area,
 * or the tree's root). Works on an empty database for a whole-data-set caller (the first import).
 */
async function callerScope(cache: DataCache, caller: Caller): Promise<string | null> {
  if (caller.areaId === null) return null;
  const area = (await cache.get()).byId.get(caller.areaId);
  if (!area)
    throw new ApiProblem(403, 'Forbidden', `The caller's area "${caller.areaId}" is not in the tree`);
  return area.pre === 0 ? null : area.id;
}

function rejected(reply: FastifyReply, problems: ImportRejected['problems'], moreProblems: number) {
  const body: ImportRejected = {
    title: 'Unprocessable Content',
    status: 422,
    detail: `${problems.length + moreProblems} ${problems.length + moreProblems === 1 ? 'problem' : 'problems'}: nothing was imported`,
    problems,
    moreProblems,
  };
  return reply.code(422).type(PROBLEM_CONTENT_TYPE).send(body);
}

export const importRoutes: FastifyPluginAsync<{ db: Db; cache: DataCache }> = async (app, { db, cache }) => {
  // Registered here, so only these routes parse multipart bodies; files arrive through parts().
  await app.register(multipart, { limits: MULTIPART_LIMITS });
  const queue = new ImportQueue(db);

  app.post(
    IMPORTS_PATH,
    { onRequest: [requireEditor, checkUploadHeaders] },
    async (request, reply): Promise<ImportResult | FastifyReply> => {
      const check = checkParam(request);
      const { caller } = request;
      const scope = await callerScope(cache, caller);
      const upload = await readUpload(request);
      const result = await queue.run(upload.files, {
        check,
        publishThrough: upload.publishThrough,
        who: caller.name ?? caller.subject,
        scope,
      });
      if (!result.ok) return rejected(reply, result.problems, result.moreProblems);
      // The next request (any endpoint) answers from the imported data, not a snapshot up to 1 s old.
      if (!result.checkOnly) cache.invalidate();
      return {
        checkOnly: result.checkOnly,
        importId: result.importId,
        rows: result.rows,
        files: result.files,
        dataFrom: result.dataFrom,
        dataTo: result.dataTo,
      };
    },
  );

  app.get(IMPORTS_PATH, { onRequest: requireEditor }, async (request): Promise<ImportLog> => {
    const within = await callerScope(cache, request.caller);
    return { items: await readLog(db, 100, within) };
  });
};
