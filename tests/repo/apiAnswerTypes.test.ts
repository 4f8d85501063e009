// One home for the API's answers: a server route names what it answers with c.json by a type
// imported from shared/api/, and what a client/api function resolves to is a type shared/api/
// exports (or a bare string, for a text body), never a shape declared in client/api or written
// inline, which would drift from the other side.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Whether a type is one shared/api exports, a bare value, or a union or array of them. */
function sharedTypeTest(program: ts.Program, sharedApiDir: string): (type: ts.Type) => boolean {
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
  return isShared;
}

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
  const isShared = sharedTypeTest(program, sharedApiDir);
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

/** The names a file imports from a shared/api module. */
function sharedApiImports(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier))
      continue;
    if (!/(^|\/)shared\/api\//.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) names.add(element.name.text);
    }
  }
  return names;
}

/** A type written with names imported from shared/api (unions, arrays and null allowed). */
function namesSharedType(node: ts.TypeNode, shared: Set<string>): boolean {
  if (ts.isUnionTypeNode(node)) return node.types.every((t) => namesSharedType(t, shared));
  if (ts.isArrayTypeNode(node)) return namesSharedType(node.elementType, shared);
  if (ts.isParenthesizedTypeNode(node)) return namesSharedType(node.type, shared);
  if (ts.isLiteralTypeNode(node)) return node.literal.kind === ts.SyntaxKind.NullKeyword;
  return ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)
    ? shared.has(node.typeName.text)
    : false;
}

/**
 * The `c.json(…)` answers of route sources that do not name their type with one imported from
 * shared/api (`c.json<MeetingView>(…)`): "file:line → what it says" for each. Read from the
 * syntax, not the types: the server's program takes half a minute to check on a busy machine.
 */
export function unsharedRouteAnswers(sources: ReadonlyArray<{ path: string; text: string }>) {
  const offenders: string[] = [];
  for (const { path, text } of sources) {
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true);
    const shared = sharedApiImports(file);
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === 'c' &&
        node.expression.name.text === 'json'
      ) {
        const typeArgument = node.typeArguments?.[0];
        if (!typeArgument || !namesSharedType(typeArgument, shared)) {
          const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          const said = typeArgument ? typeArgument.getText(file) : 'no type';
          offenders.push(`${path}:${line} → ${said}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return offenders;
}

function programOf(rootNames: string[], options: ts.CompilerOptions): ts.Program {
  return ts.createProgram({ rootNames, options: { ...options, noEmit: true } });
}

function optionsOf(tsconfig: string): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`${tsconfig} unreadable`);
  return config.options;
}

const sourcesIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => `${dir}/${name}`);

describe('the API answers', () => {
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

  it('names a route answer that is untyped, inline or of a type not from shared/api', () => {
    const text = `import type { Thing } from '../../shared/api/things';
      import type { Other } from '../domain/other';
      export const answers = [
        c.json<Thing>(thing),
        c.json<Thing[] | null>(null),
        c.json<Other>(other),
        c.json({ ok: true }),
        c.json<{ ok: true }>({ ok: true }),
      ];
      harness.json('POST');`;
    expect(unsharedRouteAnswers([{ path: 'things.ts', text }])).toEqual([
      'things.ts:6 → Other',
      'things.ts:7 → no type',
      'things.ts:8 → { ok: true }',
    ]);
  });

  it('are all types of shared/api on the client', () => {
    const apiFiles = sourcesIn('client/api');
    expect(apiFiles.length).toBeGreaterThan(10);
    const program = programOf(
      apiFiles.map((path) => resolve(path)),
      optionsOf('client/tsconfig.json'),
    );
    expect(unsharedAnswers(program, apiFiles, resolve('shared/api'))).toEqual([]);
    // Building the client's program takes seconds, more on a busy machine.
  }, 60_000);

  it('are named with types of shared/api in the server routes', () => {
    const sources = sourcesIn('server/routes').map((path) => ({
      path,
      text: readFileSync(path, 'utf8'),
    }));
    expect(sources.length).toBeGreaterThan(10);
    expect(unsharedRouteAnswers(sources)).toEqual([]);
  });
});
