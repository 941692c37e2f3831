/** Markdown that tries every way we know to run script or embed content in a reader's page. */
export const hostileMarkdown = `
正文开头。

<script>window.__pwned = "script"</script>

<img src="x" onerror="window.__pwned = 'onerror'">

<div onclick="window.__pwned = 'onclick'" style="position:fixed">点我</div>

[脚本链接](javascript:window.__pwned='link')

[大写脚本链接](JAVASCRIPT:alert(1))

[数据链接](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

![数据图片](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)

<iframe src="https://example.com"></iframe>

<object data="evil.swf"></object><embed src="evil.swf">

<a href="https://example.com" onmouseover="window.__pwned='hover'">原始 HTML 链接</a>

[官方网站](https://www.miit.gov.cn/)

正文结尾。
`;
