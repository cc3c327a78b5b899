/**
 * District names. Here rather than in shared/template.ts so that comparing plans (shared/compare/normalize.ts) does
 * not load the template code with numbering, the tree operations and the plan model's schemas; template.ts
 * re-exports it. Environment-free.
 */

/** 杨浦区 → 杨浦, 浦东新区 → 浦东, 崇明县 → 崇明; null when nothing would be left. */
export function districtShortName(district: string): string | null {
  const m = /^(.{2,}?)(新区|区|县)$/.exec(district.trim());
  return m ? m[1] : district.trim().length >= 2 ? district.trim() : null;
}
