/**
 * The operator's filing numbers (备案号) for the footer, from the environment at build time. Every site run in
 * mainland China shows its ICP 备案号 (or ICP 许可证号) on its home page; the 公安备案号 is shown where one was
 * issued. Unset variables show nothing.
 */

export interface Filing {
  /** As the operator was issued it, e.g. 京ICP备12345678号-1. */
  number: string;
  /** The official system where readers can look it up; absent when no official address is on record. */
  href?: string;
}

export interface Filings {
  icp?: Filing;
  gongan?: Filing;
}

export class FilingError extends Error {
  override name = "FilingError";
}

/** The MIIT ICP filing system, the address real footers link their 备案号 to. */
const icpSystem = "https://beian.miit.gov.cn/";

// 京ICP备12345678号, 京ICP备12345678号-1, 京ICP证090253号 (the 许可证 number, for operating sites).
const icpPattern = /^[\u4e00-\u9fff]ICP[备证]\d+号(-\d+)?$/;
// 京公网安备 11010502030143号
const gonganPattern = /^[\u4e00-\u9fff]公网安备\s?\d+号$/;

function read(name: string, value: string | undefined, pattern: RegExp, example: string): string | undefined {
  const text = value?.trim() ?? "";
  if (text === "") return undefined;
  if (!pattern.test(text)) {
    throw new FilingError(
      `${name}: found "${text}", expected a number written as issued, such as ${example}`,
    );
  }
  return text;
}

/**
 * ICP_BEIAN and GONGAN_BEIAN, checked against the shapes the numbers are issued in, so that a typo fails the
 * build instead of reaching the footer.
 */
export function readFilings(env: Record<string, string | undefined>): Filings {
  const icp = read("ICP_BEIAN", env.ICP_BEIAN, icpPattern, "京ICP备12345678号-1");
  // No official lookup address for 公安备案 is on record in the project's fact sheet yet: shown unlinked.
  const gongan = read("GONGAN_BEIAN", env.GONGAN_BEIAN, gonganPattern, "京公网安备 11010502030143号");
  return {
    ...(icp ? { icp: { number: icp, href: icpSystem } } : {}),
    ...(gongan ? { gongan: { number: gongan } } : {}),
  };
}
