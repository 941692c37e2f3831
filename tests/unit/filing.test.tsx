import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SiteFooter } from "@/components/SiteFooter";
import { readFilings } from "@/lib/filing";

const footer = (env: Record<string, string | undefined>) =>
  renderToStaticMarkup(<SiteFooter sections={[]} filings={readFilings(env)} />);

describe("the operator's 备案号 appear in the footer when set", () => {
  it("shows the ICP 备案号 linked to the MIIT filing system", () => {
    const html = footer({ ICP_BEIAN: "京ICP备12345678号-1" });
    expect(html).toContain(
      '<a href="https://beian.miit.gov.cn/" rel="noopener noreferrer">京ICP备12345678号-1</a>',
    );
  });

  it("shows the 公安备案号 too, as text: no official lookup address is on record", () => {
    const html = footer({ ICP_BEIAN: "京ICP证090253号", GONGAN_BEIAN: "京公网安备 11010502030143号" });
    expect(html).toContain("京ICP证090253号</a>");
    expect(html).toContain("<span>京公网安备 11010502030143号</span>");
  });

  it("shows nothing in their place when unset", () => {
    const html = footer({});
    expect(html).not.toContain("site-filings");
    expect(html).not.toContain("ICP");
  });

  it("stops the build on a number that is not written as issued", () => {
    expect(() => readFilings({ ICP_BEIAN: "12345678" })).toThrow(
      'ICP_BEIAN: found "12345678", expected a number written as issued, such as 京ICP备12345678号-1',
    );
    expect(() => readFilings({ ICP_BEIAN: "京ICP备12345678号", GONGAN_BEIAN: "公安备案" })).toThrow(
      'GONGAN_BEIAN: found "公安备案", expected a number written as issued, such as 京公网安备 11010502030143号',
    );
  });
});
