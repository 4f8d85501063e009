// One home for the API's answers: whatever a client/api function resolves to is a type that
// shared/api/ exports (or a bare string, for a text body), never a shape declared in client/api
// or written inline, which would drift from what the server's routes answer.
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

/** Every symbol the modules of `sharedApiDir` export, re-exports resolved to what they name. */
function exportedBySharedApi(program: ts.Program, sharedApiDir: string): Set<ts.Symbol> {
  const checker = program.getTypeChecker();
  const symbols = new Set<ts.Symbol>();
  for (const file of program.getSourceFiles()) {
    if (relative(sharedApiDir, file.fileName).startsWith('..')) continue;
    const module = checker.getSymbolAtLocation(file);
    if (!module) continue;
    for (const symbol of checker.getExportsOfModule(module)) {
      symbols.add(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
    }
  }
  return symbols;
}

const BARE =
  ts.TypeFlags.Void |
  ts.TypeFlags.Undefined |
  ts.TypeFlags.Null |
  ts.TypeFlags.Never |
  ts.TypeFlags.StringLike |
  ts.TypeFlags.NumberLike |
  ts.TypeFlags.BooleanLike;

/**
 * The answers of `apiFiles`' exported functions (the T of each Promise<T> they return) that
 * are not types shared/api exports: "file: function → type" for each.
 */
export function unsharedAnswers(
  program: ts.Program,
  apiFiles: readonly string[],
  sharedApiDir: string,
): string[] {
  const checker = program.getTypeChecker();
  const shared = exportedBySharedApi(program, sharedApiDir);
  const isShared = (type: ts.Type): boolean => {
    if (type.flags & BARE) return true;
    // A transport generic over its answer (apiRequest<T>): its callers name the type.
    if (type.flags & ts.TypeFlags.TypeParameter) return true;
    if (type.aliasSymbol && shared.has(type.aliasSymbol)) return true;
    if (type.isUnion()) return type.types.every(isShared);
    if (checker.isArrayType(type))
      return isShared(checker.getTypeArguments(type as ts.TypeReference)[0]!);
    const symbol = type.getSymbol();
    return symbol !== undefined && shared.has(symbol);
  };
  const offenders: string[] = [];
  for (const path of apiFiles) {
    const file = program.getSourceFile(resolve(path));
    const module = file && checker.getSymbolAtLocation(file);
    if (!file || !module) throw new Error(`not in the program: ${path}`);
    for (const symbol of checker.getExportsOfModule(module)) {
      if (!(symbol.flags & ts.SymbolFlags.Function)) continue;
      const type = checker.getTypeOfSymbolAtLocation(symbol, file);
      for (const signature of type.getCallSignatures()) {
        const returned = signature.getReturnType();
        for (const member of returned.isUnion() ? returned.types : [returned]) {
          if (member.getSymbol()?.name !== 'Promise') continue;
          const answer = checker.getTypeArguments(member as ts.TypeReference)[0];
          if (answer && !isShared(answer)) {
            offenders.push(`${path}: ${symbol.name} → ${checker.typeToString(answer)}`);
          }
        }
      }
    }
  }
  return offenders;
}

function programOf(rootNames: string[], options: ts.CompilerOptions): ts.Program {
  return ts.createProgram({ rootNames, options: { ...options, noEmit: true } });
}

describe('the client api answers', () => {
  const sandbox = mkdtempSync(join(tmpdir(), 'liqa-api-types-'));
  afterAll(() => rmSync(sandbox, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(sandbox, path)), { recursive: true });
    writeFileSync(join(sandbox, path), text);
    return join(sandbox, path);
  };

  it('names a local interface, an inline shape and an array of local items, not shared ones', () => {
    write(
      'shared/api/things.ts',
      `export interface Thing { id: string }
       interface Hidden { id: string }
       export type Things = Thing[];
       export type Answer<T> = T | { hidden: true };
       export type { Hidden as Renamed };`,
    );
    const api = write(
      'client/api/things.ts',
      `import type { Answer, Renamed, Thing, Things } from '../../shared/api/things';
       export interface Local { id: string }
       type Aliased = Thing;
       export async function one(): Promise<Thing> { return { id: '' }; }
       export async function maybe(): Promise<Thing | null> { return null; }
       export async function many(): Promise<Things> { return []; }
       export async function generic(): Promise<Answer<number>> { return 1; }
       export async function renamed(): Promise<Renamed> { return { id: '' }; }
       export async function aliased(): Promise<Aliased[]> { return []; }
       export async function text(): Promise<string> { return ''; }
       export async function nothing(): Promise<void> {}
       export function url(): string { return ''; }
       export async function request<T>(): Promise<T> { return undefined as T; }
       export function early(): Promise<Thing> | null { return null; }
       export async function local(): Promise<Local> { return { id: '' }; }
       export async function locals(): Promise<Local[]> { return []; }
       export async function inline(): Promise<{ changed: string[] }> { return { changed: [] }; }
       export async function unknownAnswer(): Promise<unknown> { return null; }`,
    );
    const program = programOf([api], {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts'],
    });
    const found = unsharedAnswers(program, [api], join(sandbox, 'shared/api'));
    expect(found.map((line) => line.slice(line.indexOf(': ') + 2))).toEqual([
      'local → Local',
      'locals → Local[]',
      'inline → { changed: string[]; }',
      'unknownAnswer → unknown',
    ]);
  });

  it('are all types of shared/api', () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      'client/tsconfig.json',
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      },
    );
    if (!config) throw new Error('client/tsconfig.json unreadable');
    const apiFiles = readdirSync('client/api')
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => `client/api/${name}`);
    expect(apiFiles.length).toBeGreaterThan(10);
    const program = programOf(
      apiFiles.map((path) => resolve(path)),
      config.options,
    );
    expect(unsharedAnswers(program, apiFiles, resolve('shared/api'))).toEqual([]);
  });
});
