// Which built modules need the browser, read from their syntax, so that 'use client' marks
// exactly those: a React Server Component may then call everything else (createQueryClient,
// routeError, errorTitles...). Used by checkEntries.mjs on dist/ and by its unit test.
import ts from 'typescript'

/** React APIs a Server Component has no use for: state, context, effects, classes, portals. */
const clientReactApis = new Set([
  'createContext',
  'Component',
  'PureComponent',
  'createPortal',
  'flushSync',
])
const isHookName = (name) => /^use[A-Z]/.test(name)
/** Globals that only exist in a browser page. */
const browserGlobals = new Set([
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'matchMedia',
  'getComputedStyle',
  'HTMLElement',
  'Element',
  'MutationObserver',
  'ResizeObserver',
  'IntersectionObserver',
])

const isDirective = (statement) =>
  ts.isExpressionStatement(statement) &&
  ts.isStringLiteral(statement.expression) &&
  statement.expression.text === 'use client'

/** Names declared anywhere in the file (a local `document` is not the page's). */
function declaredNames(source) {
  const names = new Set()
  const visit = (node) => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isBindingElement(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    )
      names.add(node.name.text)
    ts.forEachChild(node, visit)
  }
  visit(source)
  return names
}

/** An identifier read as a variable: not a property name, key or label. */
function isFreeReference(node) {
  const parent = node.parent
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent)) && parent.name === node)
    return false
  return !ts.isImportSpecifier(parent) && !ts.isExportSpecifier(parent)
}

/**
 * Reads one built module: its directive, what it imports (value bindings only), whether it is
 * a barrel (nothing but imports and exports), and why it needs the browser, if it does.
 * @param {string} text the module's JavaScript
 */
export function readModule(text) {
  const source = ts.createSourceFile('module.js', text, ts.ScriptTarget.Latest, true)
  const statements = source.statements
  const hasDirective = statements.length > 0 && isDirective(statements[0])
  const imports = []
  const reasons = []
  const jsxCalls = new Set()
  const reactNamespaces = new Set()
  for (const statement of statements) {
    if (!ts.isImportDeclaration(statement)) continue
    const from = statement.moduleSpecifier.text
    const clause = statement.importClause
    const names = []
    if (clause?.name) names.push('default')
    const bindings = clause?.namedBindings
    if (bindings && ts.isNamespaceImport(bindings)) {
      names.push('*')
      if (/^react(?:-dom)?$/.test(from)) reactNamespaces.add(bindings.name.text)
    }
    if (clause?.name && /^react(?:-dom)?$/.test(from)) reactNamespaces.add(clause.name.text)
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        const imported = (element.propertyName ?? element.name).text
        names.push(imported)
        if (/^react\/jsx(?:-dev)?-runtime$/.test(from)) jsxCalls.add(element.name.text)
        if (isHookName(imported)) reasons.push(`calls ${imported} from ${from}`)
        else if (/^react(?:-dom)?$/.test(from) && clientReactApis.has(imported))
          reasons.push(`uses ${imported} from ${from}`)
      }
    }
    imports.push({ from, names })
  }
  const isBarrel = statements.every(
    (statement) =>
      isDirective(statement) ||
      ts.isImportDeclaration(statement) ||
      ts.isExportDeclaration(statement),
  )
  const declared = declaredNames(source)
  const seen = new Set()
  const note = (reason) => {
    if (!seen.has(reason)) reasons.push(reason)
    seen.add(reason)
  }
  const visit = (node) => {
    if (
      ts.isIdentifier(node) &&
      browserGlobals.has(node.text) &&
      !declared.has(node.text) &&
      isFreeReference(node)
    )
      note(`reads the browser's ${node.text}`)
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      reactNamespaces.has(node.expression.text) &&
      (isHookName(node.name.text) || clientReactApis.has(node.name.text))
    )
      note(`uses React.${node.name.text}`)
    // jsx('button', { onClick }) in a Server Component: React cannot send a function to the page.
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      jsxCalls.has(node.expression.text)
    ) {
      const props = node.arguments[1]
      if (props && ts.isObjectLiteralExpression(props))
        for (const prop of props.properties)
          if (prop.name && ts.isIdentifier(prop.name) && /^on[A-Z]/.test(prop.name.text))
            note(`passes an event handler (${prop.name.text})`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return { hasDirective, imports, isBarrel, reasons }
}

/**
 * Classifies a set of modules: `modules` maps a path to its `readModule` result, and
 * `resolve(from, specifier)` gives the path a relative import names. A module needs the browser
 * for a reason of its own or because it imports a value from one that does (barrels aside: a
 * barrel only passes references on); `name(path)` is how a problem names a module. Modules outside the React layers (`isReactLayer`) run
 * anywhere and may never carry the directive. Returns the problems found, one sentence each.
 */
export function findDirectiveProblems(
  modules,
  resolve,
  { isReactLayer = () => true, name = (path) => path } = {},
) {
  const needs = new Map()
  for (const [path, info] of modules)
    if (isReactLayer(path) && !info.isBarrel && info.reasons.length > 0)
      needs.set(path, info.reasons[0])
  // Up the import graph until nothing changes: importing a client module's function and calling
  // it on the server throws, so the importer is a client module too.
  for (let changed = true; changed;) {
    changed = false
    for (const [path, info] of modules) {
      if (needs.has(path) || info.isBarrel || !isReactLayer(path)) continue
      for (const { from, names } of info.imports) {
        if (!from.startsWith('.') || names.length === 0) continue
        const target = resolve(path, from)
        if (needs.has(target)) {
          needs.set(
            path,
            `imports ${names.join(', ')} from ${name(target)}, which needs the browser`,
          )
          changed = true
          break
        }
      }
    }
  }
  const problems = []
  for (const [key, info] of modules) {
    const reason = needs.get(key)
    const path = name(key)
    if (info.isBarrel && info.hasDirective)
      problems.push(
        `${path} is a barrel with 'use client': remove it, so what needs no browser stays callable from Server Components.`,
      )
    else if (!isReactLayer(key) && info.hasDirective)
      problems.push(
        `${path} has 'use client', but its layer runs anywhere, Server Components included: remove it.`,
      )
    else if (reason && !info.hasDirective)
      problems.push(
        `${path} ${reason} but does not start with 'use client': add it as its first line.`,
      )
    else if (!reason && info.hasDirective && !info.isBarrel)
      problems.push(
        `${path} has 'use client' but needs no browser: remove it, so Server Components can call its exports.`,
      )
  }
  return { problems, clientModules: new Set(needs.keys()) }
}

/**
 * Checks a `react-server` barrel: what it takes from a client module must be a component
 * (a Server Component may render one, but can call no hook or function of such a module).
 */
export function findServerEntryProblems(path, info, resolve, clientModules, name = (p) => p) {
  const problems = []
  for (const { from, names } of info.imports) {
    if (!clientModules.has(resolve(path, from))) continue
    for (const binding of names.filter((each) => !/^[A-Z]/.test(each)))
      problems.push(
        `${name(path)} exports ${binding}, which a Server Component cannot call (${name(resolve(path, from))} needs the browser): leave it to index.ts.`,
      )
  }
  return problems
}
