export { renderMarkdownHtmlForTest, safeTree } from "./render-html";
