// The CLI's argument parsing: defaults, the database URL forms, sizes, and clear errors.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindHost, parseCommand, parseSize, REPO_ROOT, UsageError } from '../src/cli-args';

describe('antt command line', () => {
  it('serves on 8080 from pglite:./data at the repository root by default', () => {
    expect(parseCommand(['serve'])).toEqual({
      kind: 'serve',
      db: `pglite:${join(REPO_ROOT, 'data')}`,
      port: 8080,
      host: null,
      dist: join(REPO_ROOT, 'dist'),
      build: false,
      allowUnauthenticated: false,
    });
  });

  it('takes DATABASE_URL, PORT and HOST from the environment, flags first', () => {
    const env = { DATABASE_URL: 'postgres://antt@db:5432/antt', PORT: '9000', HOST: '127.0.0.1' };
    expect(parseCommand(['serve'], env)).toMatchObject({
      db: env.DATABASE_URL,
      port: 9000,
      host: '127.0.0.1',
    });
    expect(
      parseCommand(['serve', '--db', 'pglite:memory', '--port', '8081', '--host', '::1'], env),
    ).toMatchObject({
      db: 'pglite:memory',
      port: 8081,
      host: '::1',
    });
  });

  it('parses migrate and seed with their options', () => {
    expect(parseCommand(['migrate', '--db', 'postgresql://u:p@h/n'])).toEqual({
      kind: 'migrate',
      db: 'postgresql://u:p@h/n',
    });
    expect(
      parseCommand([
        'seed',
        '--db',
        'pglite:/tmp/x',
        '--size',
        'national',
        '--seed',
        '7',
        '--as-of',
        '2026-10',
      ]),
    ).toEqual({
      kind: 'seed',
      db: 'pglite:/tmp/x',
      size: 'national',
      seed: 7,
      asOf: '2026-10',
    });
    expect(parseCommand(['seed'])).toMatchObject({ size: 'province', seed: undefined, asOf: undefined });
  });

  it('reads a custom size as provinces x districts x wards', () => {
    expect(parseSize('3x2x4')).toEqual({ provinces: 3, districtsPerProvince: 2, wardsPerDistrict: 4 });
    expect(() => parseSize('0x2x4')).toThrow(UsageError);
    expect(() => parseSize('huge')).toThrow(/province, national or PxDxW/);
  });

  it('answers help for no command, help, --help and a command’s --help', () => {
    expect(parseCommand([])).toEqual({ kind: 'help', topic: null });
    expect(parseCommand(['--help'])).toEqual({ kind: 'help', topic: null });
    expect(parseCommand(['seed', '-h'])).toEqual({ kind: 'help', topic: 'seed' });
  });

  it.each([
    [['start'], /Unknown command "start"/],
    [['serve', '--port', '0'], /--port 0: expected a whole number from 1 to 65535/],
    [['serve', '--port', '80a'], /--port 80a/],
    [['serve', '--bogus'], /Unknown option '--bogus'/],
    [['serve', 'extra'], /serve: .*positional/i],
    [['migrate', '--size', 'national'], /migrate takes no --size/],
    [['seed', '--as-of', '2026-13'], /--as-of 2026-13: expected a month YYYY-MM/],
    [['seed', '--seed', '-1'], /--seed/],
    [['seed', '--db', 'mysql://x'], /expected postgres:\/\/… or pglite:<directory>/],
    [['seed', '--db', 'pglite:'], /pglite: needs a directory/],
    [['serve', '--port'], /argument missing/],
  ])('refuses %j with a message that says what is wrong', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});

describe('the address serve binds', () => {
  it('is loopback without sign-in, and a network address needs sign-in or the explicit override', () => {
    expect(bindHost(null, false, false)).toBe('localhost');
    expect(bindHost('127.0.0.1', false, false)).toBe('127.0.0.1');
    expect(() => bindHost('0.0.0.0', false, false)).toThrow(/binds to loopback only/);
    expect(bindHost('0.0.0.0', false, true)).toBe('0.0.0.0');
    expect(bindHost('0.0.0.0', true, false)).toBe('0.0.0.0');
  });
});
