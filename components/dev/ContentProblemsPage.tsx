import { type AuthorError, explainCodes, formatAuthorError, formatWarning } from "@/lib/content";
import { siteName } from "@/lib/seo/site";
import { contentEventsPath } from "./content-events";

const styles = `
body { margin: 0; font: 16px/1.7 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
  color: #1d2126; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.5rem; line-height: 1.35; margin: 0.5rem 0 1rem; color: #a3200f; }
h2 { font-size: 1.15rem; margin: 2rem 0 0.5rem; }
p { margin: 0 0 1rem; }
ol, ul { padding-left: 1.25rem; margin: 0; }
li { margin: 0 0 0.75rem; }
code, pre { font-family: "Noto Sans Mono CJK SC", ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.9rem; }
.problem { display: block; white-space: pre-wrap; overflow-wrap: anywhere; background: #fdf1ef;
  border-left: 4px solid #c0321d; padding: 0.5rem 0.75rem; }
.warning { display: block; white-space: pre-wrap; overflow-wrap: anywhere; background: #fdf8e7;
  border-left: 4px solid #a86b00; padding: 0.5rem 0.75rem; }
.fix { display: block; white-space: pre-wrap; overflow-wrap: anywhere; }
.kicker { font-size: 0.9rem; color: #4b535c; margin: 0; }
@media (prefers-color-scheme: dark) {
  body { color: #e8eaed; background: #15171a; }
  h1 { color: #ff8a75; }
  .kicker { color: #b5bcc4; }
  .problem { background: #3a1d19; border-color: #ff8a75; }
  .warning { background: #362c13; border-color: #e0b050; }
}
`;

/** Reload once the dev server has read content/ again and found no error (scripts/dev.ts sends the events). */
const reloadWhenFixed = `new EventSource(${JSON.stringify(contentEventsPath)}).onmessage = (event) => {
  if (JSON.parse(event.data).errors === 0) location.reload();
};`;

/**
 * What `npm run dev` serves for every page while content/ has an error: each problem exactly as `npm run check`
 * prints it (file:line, field, found, expected, [code]), then the fix for each code. A development tool page: it
 * never exists in a build, which stops on the same errors.
 */
export function ContentProblemsPage({
  errors,
  warnings,
}: {
  errors: AuthorError[];
  warnings: AuthorError[];
}) {
  const files = new Set(errors.map((error) => error.file)).size;
  return (
    <html lang="zh-CN">
      {/* biome-ignore lint/style/noHeadElement: rendered by the dev server itself (scripts/dev.ts), outside Next */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`内容有误 · ${siteName}（开发服务器）`}</title>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed stylesheet of this page */}
        <style dangerouslySetInnerHTML={{ __html: styles }} />
      </head>
      <body>
        <main>
          <p className="kicker">{siteName} · 开发服务器（npm run dev）</p>
          <h1>
            内容有 {errors.length} 处错误（{files} 个文件），页面暂停显示
          </h1>
          <p>
            改好下列文件并保存后，本页会自动刷新，无需重启。每一条与 <code>npm run check</code>{" "}
            的输出相同：文件:行号 字段: found 写了什么, expected 应当怎样 [错误代码]。
          </p>
          <h2>错误</h2>
          <ol>
            {errors.map((error) => (
              <li key={formatAuthorError(error)}>
                <code className="problem">{formatAuthorError(error)}</code>
              </li>
            ))}
          </ol>
          <h2>各错误代码的含义与改法</h2>
          <ul>
            {explainCodes(errors).map((line) => (
              <li key={line}>
                <code className="fix">{line}</code>
              </li>
            ))}
          </ul>
          {warnings.length > 0 ? (
            <>
              <h2>提醒（不影响构建）</h2>
              <ul>
                {warnings.map((warning) => (
                  <li key={formatWarning(warning)}>
                    <code className="warning">{formatWarning(warning)}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </main>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed script of this page */}
        <script dangerouslySetInnerHTML={{ __html: reloadWhenFixed }} />
      </body>
    </html>
  );
}
