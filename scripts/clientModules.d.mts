// Types of clientModules.mjs, for its unit test.
export interface ModuleInfo {
  hasDirective: boolean
  imports: { from: string; names: string[] }[]
  isBarrel: boolean
  reasons: string[]
}
export function readModule(text: string): ModuleInfo
export function findDirectiveProblems(
  modules: Map<string, ModuleInfo>,
  resolve: (from: string, specifier: string) => string,
  options?: { isReactLayer?: (path: string) => boolean; name?: (path: string) => string },
): { problems: string[]; clientModules: Set<string> }
